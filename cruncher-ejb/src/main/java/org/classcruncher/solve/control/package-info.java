/**
 * The planning machinery, plain Java: the class types of a school; the default formulation
 * ({@link org.classcruncher.solve.control.StructureModelBuilder}) and the seed's
 * ({@link org.classcruncher.solve.control.SeedModelBuilder}), each written as its maths; the lexicographic search
 * with structural alternatives; the diagnosis of infeasible schools; the GLPK solver; reading solutions back into
 * labelled plans; the built-in balancing rule and the checks of a plan's hard rules.
 */
package org.classcruncher.solve.control;
