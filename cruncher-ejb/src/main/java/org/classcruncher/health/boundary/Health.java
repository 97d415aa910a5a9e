package org.classcruncher.health.boundary;

import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.solve.control.SolveStore;
import org.gnu.glpk.GLPK;

/**
 * The server's health for load balancers and monitoring, open to all (it reveals no school's data): the job
 * database answers, GLPK's native library is loaded, and how many solves are queued or running.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Health {

    @Inject
    SolveStore store;

    public HealthReport check() {
        return HealthReport.of(List.of(database(), glpk()));
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
