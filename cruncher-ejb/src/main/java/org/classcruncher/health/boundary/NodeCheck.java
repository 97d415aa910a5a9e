package org.classcruncher.health.boundary;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.classcruncher.solve.boundary.SolveDispatcher;
import org.classcruncher.solve.control.ClusterNodes;
import org.classcruncher.solve.control.GridSignals;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * This node, the solves it runs, the nodes of the service (those whose heartbeat was seen within a lease) and, when
 * the nodes run Payara's data grid, its members. MicroProfile Health's data holds strings and numbers only, so the
 * lists are comma-separated.
 */
@Readiness
@ApplicationScoped
public class NodeCheck implements HealthCheck {

    @Inject
    SolveDispatcher dispatcher;

    @Inject
    GridSignals signals;

    @Inject
    ClusterNodes cluster;

    @Inject
    @ConfigProperty(name = "cruncher.solves.leaseSeconds", defaultValue = "30")
    long leaseSeconds;

    @Override
    public HealthCheckResponse call() {
        try {
            String members = String.join(",", cluster.seenSince(Instant.now().minusSeconds(leaseSeconds)).stream()
                    .map(ClusterNodes.Member::node).toList());
            HealthCheckResponseBuilder node = HealthCheckResponse.named("node").up()
                    .withData("node", dispatcher.nodeId())
                    .withData("running", dispatcher.runningHere())
                    .withData("slots", dispatcher.slots())
                    .withData("members", members);
            signals.members().ifPresent(grid -> node.withData("grid", String.join(",", grid)));
            return node.build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("node").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
