/**
 * The planning machinery, plain Java so that the server, the command line and the benchmark share it: the
 * {@link org.classcruncher.solve.control.Planner} runs a formulation ({@code structure} by default, {@code seed} for
 * comparison, both over {@code milp}) within a solve's limits, applies balancing rules, ranks the plans and, for
 * an infeasible school, the {@link org.classcruncher.solve.control.Diagnoser}. Also the class types of a school,
 * plan labels, the hard rules of a plan, and the in-memory solve store.
 */
package org.classcruncher.solve.control;
