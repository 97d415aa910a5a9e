package org.classcruncher.health.boundary;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.solve.boundary.SolveDispatcher;
import org.classcruncher.solve.control.ClusterNodes;
import org.classcruncher.solve.control.GridSignals;
import org.classcruncher.solve.control.SolveStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gnu.glpk.GLPK;

/**
 * The server's health for load balancers and monitoring, open to all (it reveals no school's data): the job
 * database answers, GLPK's native library is loaded, how many solves are queued or running, and this node with the
 * solves it runs and the other nodes of the service.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Health {

    @Inject
    SolveStore store;

    @Inject
    SolveDispatcher dispatcher;

    @Inject
    GridSignals signals;

    @Inject
    ClusterNodes cluster;

    /** Members are the nodes whose heartbeat (every third of a lease) was seen within one lease. */
    @Inject
    @ConfigProperty(name = "cruncher.solves.leaseSeconds", defaultValue = "30")
    long leaseSeconds;

    public HealthReport check() {
        return HealthReport.of(List.of(database(), glpk(), node()));
    }

    /**
     * This node, the solves it runs, the nodes of the service (those seen within a lease) and, when the nodes run
     * Payara's data grid, its members.
     */
    private HealthReport.Check node() {
        try {
            List<String> members = cluster.seenSince(Instant.now().minusSeconds(leaseSeconds)).stream()
                    .map(ClusterNodes.Member::node).toList();
            Map<String, Object> details = new LinkedHashMap<>(Map.of("node", dispatcher.nodeId(),
                    "running", dispatcher.runningHere(), "slots", dispatcher.slots(), "members", members));
            signals.members().ifPresent(grid -> details.put("grid", grid));
            return HealthReport.Check.up("node", details);
        } catch (RuntimeException e) {
            return HealthReport.Check.down("node", e.getMessage());
        }
    }

    private HealthReport.Check database() {
        try {
            return HealthReport.Check.up("database", Map.of("unfinishedSolves", store.unfinished()));
        } catch (RuntimeException e) {
            return HealthReport.Check.down("database", e.getMessage());
        }
    }

    private static HealthReport.Check glpk() {
        try {
            return HealthReport.Check.up("glpk", Map.of("version", GLPK.glp_version()));
        } catch (RuntimeException | LinkageError e) {
            return HealthReport.Check.down("glpk", e.toString());
        }
    }
}
