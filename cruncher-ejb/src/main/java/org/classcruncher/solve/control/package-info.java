/**
 * The container side of solving: the solve store (one transaction per change), who may see which solve
 * ({@link org.classcruncher.solve.control.Viewer}), the solve slots and cancel requests of this node, and the
 * submission limits. The planning itself is plain Java in {@link org.classcruncher.planner}.
 */
package org.classcruncher.solve.control;
