/**
 * Re-planning with minimal change: a school's new inputs planned as close as possible to a plan it already has,
 * locked classes kept as they are (see {@link org.classcruncher.planner.change.MinimalChangePlanner}).
 */
package org.classcruncher.planner.change;
