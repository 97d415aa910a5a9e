/**
 * What would give an infeasible school a plan, each answer proven: the grade blocks no composite joins (whose
 * classes are counted apart), the fewest teachers with the reason one fewer is not enough, the single rule changes,
 * and the smallest combined fix with the school's own teachers ({@link org.classcruncher.planner.fix.CombinedFixModel}).
 */
package org.classcruncher.planner.fix;
