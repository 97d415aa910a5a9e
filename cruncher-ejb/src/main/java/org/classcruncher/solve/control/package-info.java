/**
 * The planning machinery, plain Java: which classes a school could open, the MILP written as its maths
 * ({@link org.classcruncher.solve.control.SeedModelBuilder}), the GLPK solver, reading a solution back into a
 * labelled plan, the built-in balancing rule and the checks of a plan's hard rules.
 */
package org.classcruncher.solve.control;
