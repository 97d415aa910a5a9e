/**
 * The original design's formulation, kept for comparison: a binary per potential class, an integer per subclass,
 * big-M rows for the minimum subclass size, alternatives by re-weighting.
 */
package org.classcruncher.planner.seed;
