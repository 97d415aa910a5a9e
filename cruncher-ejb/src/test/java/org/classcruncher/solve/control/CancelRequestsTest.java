package org.classcruncher.solve.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CancelRequestsTest {

    @Test
    void keepsOnlyTheCancelsOfTheSolvesThisNodeRuns() {
        CancelRequests cancels = new CancelRequests();
        cancels.request("running-here");
        cancels.request("running-elsewhere");

        cancels.keepOnly(Set.of("running-here", "not-cancelled"));

        assertThat(cancels.requested("running-here")).isTrue();
        assertThat(cancels.requested("running-elsewhere")).isFalse();
        assertThat(cancels.requested("not-cancelled")).isFalse();
    }
}
