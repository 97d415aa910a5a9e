package org.classcruncher.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LiveTokensTest {

    private final LiveTokens live = new LiveTokens();
    private final Instant read = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void answersATokenForItsTimeThenAsksTheDatabaseAgain() {
        live.remember("h1", new LiveTokens.Entry("t1", "ann", null, read));

        assertThat(live.find("h1", read.plus(LiveTokens.KEPT).minusMillis(1))).isPresent();
        assertThat(live.find("h1", read.plus(LiveTokens.KEPT))).isEmpty();
        assertThat(live.find("h2", read)).isEmpty();
    }

    @Test
    void forgetsARevokedTokenAndTheTokensOfADeletedAccountAtOnce() {
        live.remember("h1", new LiveTokens.Entry("t1", "ann", null, read));
        live.remember("h2", new LiveTokens.Entry("t2", "ann", null, read));
        live.remember("h3", new LiveTokens.Entry("t3", "bob", null, read));

        live.forgetToken("t1");
        assertThat(live.find("h1", read)).isEmpty();
        assertThat(live.find("h2", read)).isPresent();

        live.forgetUser("ann");
        assertThat(live.find("h2", read)).isEmpty();
        assertThat(live.find("h3", read)).isPresent();
    }
}
