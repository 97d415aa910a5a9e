package org.classcruncher.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.gnu.glpk.GLPK;

/** GLPK's native library is loaded: without it no school can be planned. */
@Readiness
@ApplicationScoped
public class GlpkCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("glpk").up().withData("version", GLPK.glp_version()).build();
        } catch (RuntimeException | LinkageError e) {
            return HealthCheckResponse.named("glpk").down().withData("error", e.toString()).build();
        }
    }
}
