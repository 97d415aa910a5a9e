/**
 * The command line: {@code cruncher solve} for batch runs and {@code cruncher bench} for the benchmark. Plain Java
 * over the same planner the server uses, with JSON-B for the same JSON format.
 */
package org.classcruncher.cli;
