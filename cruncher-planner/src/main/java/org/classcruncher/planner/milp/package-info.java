/**
 * Mixed-integer programs as plain data ({@link org.classcruncher.planner.milp.MilpModel}) and their solution
 * with GLPK through glpk-java ({@link org.classcruncher.planner.milp.GlpkSolver}): one problem object per
 * solve, in the solving thread, with a time limit and a cancel flag.
 */
package org.classcruncher.planner.milp;
