/**
 * The default formulation: the school's class structure (classes per type) and children per grade and type, with
 * size bands, solved lexicographically; alternatives by cutting off the structures found.
 */
package org.classcruncher.planner.structure;
