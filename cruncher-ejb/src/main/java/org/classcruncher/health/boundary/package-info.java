/** The server's health, for load balancers and monitoring: the job database and GLPK. */
package org.classcruncher.health.boundary;
