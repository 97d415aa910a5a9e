/**
 * The business layer's facades: {@link org.classcruncher.solve.boundary.Solves} is what the REST API and the Faces
 * portal call, always naming the caller, whose schools decide which solves it sees;
 * {@link org.classcruncher.solve.boundary.SolveRunner} runs the solves asynchronously and
 * {@link org.classcruncher.solve.boundary.SolveHousekeeping} recovers, times out and purges them.
 */
package org.classcruncher.solve.boundary;
