/**
 * The planning machinery, plain Java with no container in it, so that the server, the command line and the
 * benchmark share it: the {@link org.classcruncher.planner.Planner} runs a formulation ({@code structure} by
 * default, {@code seed} for comparison, both over {@code milp}) within a solve's limits, applies balancing rules,
 * ranks the plans and, for an infeasible school, the {@link org.classcruncher.planner.Diagnoser}. Also the class
 * types of a school, plan labels, and the hard rules of a plan. The formulation is described in
 * {@code docs/model.md}.
 */
package org.classcruncher.planner;
