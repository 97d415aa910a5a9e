package org.classcruncher.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.classcruncher.solve.control.SolveStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The job database answers: how many solves are queued or running. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    @Inject
    SolveStore store;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("database").up().withData("unfinishedSolves", store.unfinished()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
