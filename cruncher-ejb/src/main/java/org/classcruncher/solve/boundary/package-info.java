/**
 * The business layer's facades: {@link org.classcruncher.solve.boundary.Solves} is what the REST API and the Faces
 * portal call; {@link org.classcruncher.solve.boundary.SolveRunner} runs the solves asynchronously.
 */
package org.classcruncher.solve.boundary;
