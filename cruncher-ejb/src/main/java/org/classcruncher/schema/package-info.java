/**
 * The database schema: Flyway migrations run at start-up (the same scripts for H2 and PostgreSQL) and how instants
 * are stored.
 */
package org.classcruncher.schema;
