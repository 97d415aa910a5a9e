/**
 * The business layer's facades: {@link org.classcruncher.solve.boundary.Solves} is what the REST API and the Faces
 * portal call, always naming the caller, whose schools decide which solves it sees;
 * {@link org.classcruncher.solve.boundary.SolveDispatcher} claims this node's share of the queue (the database,
 * shared by every node), {@link org.classcruncher.solve.boundary.SolveRunner} runs the claimed solves asynchronously
 * and {@link org.classcruncher.solve.boundary.SolveHousekeeping} times out and purges them, on one node at a time.
 */
package org.classcruncher.solve.boundary;
