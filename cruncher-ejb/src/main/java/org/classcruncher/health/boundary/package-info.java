/**
 * The server's health for load balancers and monitoring, open to all (it reveals no school's data): MicroProfile
 * Health checks that Payara serves at {@code /health} (readiness at {@code /health/ready}): the job database
 * answers, GLPK's native library is loaded, and this node with the solves it runs and the other nodes of the service.
 */
package org.classcruncher.health.boundary;
