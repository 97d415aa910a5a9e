/** The solve jobs as stored in the database (JPA), on the server's embedded H2 database by default. */
package org.classcruncher.solve.entity;
