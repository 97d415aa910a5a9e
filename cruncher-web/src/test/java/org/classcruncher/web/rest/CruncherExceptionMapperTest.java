package org.classcruncher.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;

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
                "Too many unfinished solves", 429, "You have 20 solves …", null, "unfinishedPerAccount"));
    }

    @Test
    void answersAFullQueueWith503AndRetryAfter() {
        Response response = mapper.toResponse(new QueueFull(500));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("60");
        assertThat(((Problem) response.getEntity()).limit()).isNull();
    }
}
