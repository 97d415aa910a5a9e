package org.classcruncher.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PolicyCallTest {

    private final PolicyWatch watch = PolicyWatch.withDefaultBudget();

    @Test
    void passesTheAnswerOfAWellBehavedPolicyThrough() {
        assertThat(watch.policy("size", "fine").call(() -> 42)).isEqualTo(42);
        assertThat(watch.running()).isEmpty();
    }

    @Test
    void turnsAnExceptionIntoAFailureNamingThePolicy() {
        PolicyCall call = watch.policy("weighting", "grumpy");

        assertThatThrownBy(() -> call.call(() -> {
            throw new ArithmeticException("/ by zero");
        })).isInstanceOf(PolicyFailure.class)
                .hasMessage("The weighting policy 'grumpy' failed: java.lang.ArithmeticException: / by zero");
    }

    @Test
    void turnsRunningOutOfMemoryIntoAFailureNamingThePolicy() {
        PolicyCall call = watch.policy("size", "greedy");

        assertThatThrownBy(() -> call.call(() -> {
            throw new OutOfMemoryError("Java heap space");
        })).isInstanceOf(PolicyFailure.class)
                .hasMessage("The size policy 'greedy' failed: java.lang.OutOfMemoryError: Java heap space.");
    }

    @Test
    void turnsAClassItsJarLacksIntoAFailureNamingThePolicy() {
        PolicyCall call = watch.policy("rule", "incomplete");

        assertThatThrownBy(() -> call.call(() -> {
            throw new NoClassDefFoundError("district/Helper");
        })).isInstanceOf(PolicyFailure.class)
                .hasMessage("The rule policy 'incomplete' failed: java.lang.NoClassDefFoundError: district/Helper.");
    }

    @Test
    void countsEveryCallOfAPolicyInTheSolveAgainstOneBudget() {
        PolicyWatch watched = new PolicyWatch(Duration.ofMillis(30));
        watched.policy("size", "slow").call(() -> pause(20));

        assertThatThrownBy(() -> watched.policy("size", "slow").call(() -> pause(20)))
                .isInstanceOf(PolicyFailure.class)
                .hasMessage("The size policy 'slow' ran past its time budget of 30 ms in this solve.");
        assertThat(watched.policy("weighting", "slow").call(() -> pause(20) == null ? "its own budget" : "?"))
                .isEqualTo("its own budget");
    }

    @Test
    void failsOnceThePolicyHasSpentMoreThanItsBudgetInAll() {
        PolicyCall call = new PolicyWatch(Duration.ofMillis(30)).policy("balancing", "slow");
        call.call(() -> pause(10));

        assertThatThrownBy(() -> call.call(() -> pause(40)))
                .isInstanceOf(PolicyFailure.class)
                .hasMessage("The balancing policy 'slow' ran past its time budget of 30 ms in this solve.");
    }

    @Test
    void showsACallThatHasNotReturnedPastItsBudgetToAnotherThread() throws InterruptedException {
        PolicyWatch watched = new PolicyWatch(Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        Thread solving = new Thread(() -> watched.policy("size", "stuck").call(() -> {
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        }));
        solving.start();
        try {
            while (watched.running().isEmpty()) {
                Thread.onSpinWait();
            }
            assertThat(watched.overrun(System.nanoTime())).isEmpty();

            assertThat(watched.overrun(System.nanoTime() + Duration.ofMillis(60).toNanos()))
                    .hasValueSatisfying(call -> assertThat(call.id()).isEqualTo("stuck"));
        } finally {
            release.countDown();
            solving.join();
        }
    }

    private static Object pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
