/**
 * The container side of solving: the solve store, which is also the queue nodes claim jobs from (one transaction per
 * change), who may see which solve ({@link org.classcruncher.solve.control.Viewer}), the nodes sharing the database
 * and their lock ({@link org.classcruncher.solve.control.ClusterNodes}), this node's name and cancel requests, and the
 * submission limits. The planning itself is plain Java in {@link org.classcruncher.planner}.
 */
package org.classcruncher.solve.control;
