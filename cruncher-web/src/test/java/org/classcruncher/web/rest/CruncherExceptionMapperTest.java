package org.classcruncher.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.classcruncher.api.BrokenRule;
import org.classcruncher.solve.boundary.PlanBreaksRules;

import org.classcruncher.solve.boundary.QueueFull;
import org.classcruncher.solve.boundary.QuotaExceeded;
import org.junit.jupiter.api.Test;

class CruncherExceptionMapperTest {

    private final CruncherExceptionMapper mapper = new CruncherExceptionMapper();

    @Test
    void answersAQuotaWith429RetryAfterAndAProblemNamingTheLimit() {
        Response response = mapper.toResponse(new QuotaExceeded("unfinishedPerAccount", "You have 20 solves …"));

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("60");
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(response.getEntity()).isEqualTo(new Problem("urn:class-cruncher:problem:quota-exceeded",
                "Too many unfinished solves", 429, "You have 20 solves …", null, "unfinishedPerAccount", null));
    }

    @Test
    void answersAFullQueueWith503AndRetryAfter() {
        Response response = mapper.toResponse(new QueueFull(500));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("60");
        assertThat(((Problem) response.getEntity()).limit()).isNull();
    }

    @Test
    void answersAnAdjustedPlanThatBreaksRulesWith422ListingEachRule() {
        List<BrokenRule> broken = List.of(
                new BrokenRule("size", "2 B", null, "2 B has 31 children; a class of grade 2 holds 20 to 28."),
                new BrokenRule("children", null, "1", "Grade 1 has 40 children but 39 are placed (1 without a class)."));

        Response response = mapper.toResponse(new PlanBreaksRules(broken));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.broken()).isEqualTo(broken);
        assertThat(problem.detail()).contains("breaks 2 rules", "2 B has 31 children");
    }
}
