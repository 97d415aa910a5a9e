package org.classcruncher.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.classcruncher.api.SolveStatus;
import org.classcruncher.problem.InvalidRequest;
import org.classcruncher.solve.boundary.SolveNotFound;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void readsWholeNumbersWithinBoundsAndDefaultsWhenLeftOut() {
        assertThat(Parameters.whole(null, "size", 1, 200, 20)).isEqualTo(20);
        assertThat(Parameters.whole(" ", "size", 1, 200, 20)).isEqualTo(20);
        assertThat(Parameters.whole("200", "size", 1, 200, 20)).isEqualTo(200);
        for (String bad : List.of("0", "201", "1e9", "2.5", "abc", "-1", "99999999999", "20000000", "0x10")) {
            assertThatThrownBy(() -> Parameters.whole(bad, "size", 1, 200, 20)).as(bad)
                    .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("size"))
                    .hasMessageStartingWith("size must be between 1 and 200, not '");
        }
    }

    @Test
    void listsTheAllowedValuesAndNoClassName() {
        assertThat(Parameters.oneOf("ASC", "order", List.of("desc", "asc"), "desc")).isEqualTo("asc");
        assertThat(Parameters.constant("solved", "status", SolveStatus.class)).isEqualTo(SolveStatus.SOLVED);
        assertThatThrownBy(() -> Parameters.constant("X", "status", SolveStatus.class))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("status"))
                .hasMessage("status must be one of QUEUED, RUNNING, SOLVED, INFEASIBLE, TIMED_OUT, CANCELLED, FAILED, "
                        + "not 'X'")
                .message().doesNotContain("org.classcruncher");
        assertThatThrownBy(() -> Parameters.oneOf("name", "sort", List.of("submittedAt", "school"), "submittedAt"))
                .hasMessage("sort must be one of submittedAt, school, not 'name'");
    }

    @Test
    void readsInstantsAndBoundsText() {
        assertThat(Parameters.instant("2026-01-31T00:00:00Z", "from")).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        // Years the database cannot hold as they are: refused, not a 500 or a date wrapped round.
        for (String far : List.of("-1000000000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "1969-12-31T23:59:59Z",
                "+10000-01-01T00:00:00Z")) {
            assertThatThrownBy(() -> Parameters.instant(far, "to")).as(far)
                    .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("to"))
                    .hasMessageStartingWith("to must be from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z, not '");
        }
        assertThatThrownBy(() -> Parameters.instant("yesterday", "from"))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThat(Parameters.text(" Riverside ", "q")).isEqualTo("Riverside");
        assertThatThrownBy(() -> Parameters.text("x".repeat(201), "q"))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("q"));
    }

    @Test
    void answersAnIdNotShapedLikeOursAsNotFoundShowingItShortened() {
        String id = "0f8fad5b-d9cb-469f-a165-70867728950e";
        assertThat(SolvesResource.solveId(id)).isEqualTo(id);
        assertThatThrownBy(() -> SolvesResource.solveId("x".repeat(10_000))).isInstanceOf(SolveNotFound.class)
                .message().hasSizeLessThan(100);
        assertThatThrownBy(() -> SolvesResource.solveId("no-such-solve")).isInstanceOf(SolveNotFound.class);
    }
}
