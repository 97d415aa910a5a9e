package org.classcruncher.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 15, 20, 50);

    private void fail(String address, String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address, username);
        }
    }

    @Test
    void fiveFailuresRefuseTheFailingAddressButNotAnother() {
        fail("10.0.0.66", "admin", 4);
        assertThat(throttle.check("10.0.0.66", "admin").refused()).isFalse();
        assertThat(throttle.failed("10.0.0.66", "admin").refusedUntil())
                .isEqualTo(clock.now.plus(Duration.ofMinutes(15)));

        assertThat(throttle.check("10.0.0.66", "admin").refused()).as("the failing client").isTrue();
        assertThat(throttle.check("10.0.0.7", "admin").refused()).as("the owner elsewhere").isFalse();
        assertThat(throttle.check("10.0.0.66", "dora").refused()).as("another name from there").isFalse();
    }

    @Test
    void countsFailuresInARowAndStartsAfreshAfterASuccess() {
        fail("10.0.0.7", "ann", 3);
        assertThat(throttle.check("10.0.0.7", "ann").failuresInARow()).isEqualTo(3);
        throttle.succeeded("10.0.0.7", "ann");
        assertThat(throttle.check("10.0.0.7", "ann").failuresInARow()).isZero();
        fail("10.0.0.7", "ann", 4);
        assertThat(throttle.check("10.0.0.7", "ann").refused()).isFalse();
    }

    @Test
    void aLockEndsAfterItsMinutesAndQuietCountsAreForgotten() {
        fail("10.0.0.66", "admin", 5);
        clock.pass(Duration.ofMinutes(14));
        assertThat(throttle.check("10.0.0.66", "admin").refused()).isTrue();
        clock.pass(Duration.ofMinutes(1));
        assertThat(throttle.check("10.0.0.66", "admin").refused()).isFalse();

        fail("10.0.0.8", "ben", 4);
        clock.pass(Duration.ofMinutes(15));
        assertThat(throttle.check("10.0.0.8", "ben").failuresInARow()).isZero();
    }

    @Test
    void anAddressTryingManyNamesIsRefusedForAll() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("10.0.0.66", "name-" + i);
        }
        assertThat(throttle.check("10.0.0.66", "someone-else").refused()).isTrue();
        assertThat(throttle.check("10.0.0.7", "someone-else").refused()).isFalse();
    }

    @Test
    void anAccountUnderAttackFromManyAddressesStillLetsInAClientThatHasNotFailed() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("10.1.0." + i, "admin");
        }
        assertThat(throttle.check("10.1.0.3", "admin").refused()).as("an attacking address").isTrue();
        assertThat(throttle.check("10.0.0.7", "admin").refused()).as("the owner, no failure").isFalse();
        assertThat(throttle.failed("10.0.0.9", "admin").refused()).as("a first failure under guard").isTrue();
        assertThat(throttle.lockedUntil("admin")).isPresent();
    }

    @Test
    void anAdminsReleaseForgetsEveryLockOfTheName() {
        fail("10.0.0.66", "admin", 5);
        fail("10.0.0.67", "admin", 5);
        fail("10.0.0.66", "dora", 5);
        assertThat(throttle.lockedUntil("admin")).contains(clock.now.plus(Duration.ofMinutes(15)));

        throttle.release("admin");

        assertThat(throttle.lockedUntil("admin")).isEmpty();
        assertThat(throttle.check("10.0.0.66", "admin").refused()).isFalse();
        assertThat(throttle.check("10.0.0.66", "dora").refused()).as("another name stays locked").isTrue();
    }

    @Test
    void holdsABoundedNumberOfEntries() {
        for (int i = 0; i < LoginThrottle.MAX_ENTRIES + 500; i++) {
            throttle.failed("10.2." + (i / 256) + "." + (i % 256), "name-" + i);
        }
        assertThat(throttle.size()).isLessThanOrEqualTo(LoginThrottle.MAX_ENTRIES);
    }
}
