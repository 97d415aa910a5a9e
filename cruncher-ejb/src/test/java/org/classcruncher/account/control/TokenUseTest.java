package org.classcruncher.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TokenUseTest {

    private final TokenUse use = new TokenUse();
    private final Instant now = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void skipsTheWriteWhenTheStoredLastUseIsLessThanAMinuteOld() {
        assertThat(use.due("t1", now.minusSeconds(59), now)).isFalse();
        assertThat(use.due("t1", now.minusSeconds(61), now)).isTrue();
        assertThat(use.due("t2", null, now)).as("never used").isTrue();
    }

    @Test
    void writesAtMostOnceAMinutePerTokenEvenBeforeTheStoreShowsIt() {
        assertThat(use.due("t1", null, now)).isTrue();
        assertThat(use.due("t1", null, now.plusSeconds(30))).isFalse();
        assertThat(use.due("t1", null, now.plus(Duration.ofSeconds(61)))).isTrue();
    }

    @Test
    void oneOfTwentyFourConcurrentCallsWithOneTokenWrites() throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(24);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger writes = new AtomicInteger();
        for (int i = 0; i < 24 * 40; i++) {
            threads.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (use.due("shared", null, now)) {
                    writes.incrementAndGet();
                }
            });
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(writes).hasValue(1);
    }

    @Test
    void forgetsOldClaimsWhenFull() {
        for (int i = 0; i < TokenUse.MAX_ENTRIES + 10; i++) {
            use.due("t" + i, null, now);
        }
        use.due("late", null, now.plus(Duration.ofMinutes(2)));
        assertThat(use.size()).isLessThanOrEqualTo(TokenUse.MAX_ENTRIES);
    }
}
