package org.classcruncher.solve.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PolicyCallTest {

    @Test
    void passesTheAnswerOfAWellBehavedPolicyThrough() {
        assertThat(new PolicyCall("size", "fine").call(() -> 42)).isEqualTo(42);
    }

    @Test
    void turnsAnExceptionIntoAFailureNamingThePolicy() {
        PolicyCall call = new PolicyCall("weighting", "grumpy");

        assertThatThrownBy(() -> call.call(() -> {
            throw new ArithmeticException("/ by zero");
        })).isInstanceOf(PolicyFailure.class)
                .hasMessage("The weighting policy 'grumpy' failed: java.lang.ArithmeticException: / by zero");
    }

    @Test
    void failsOnceThePolicyHasSpentMoreThanItsBudgetInAll() {
        PolicyCall call = new PolicyCall("balancing", "slow", Duration.ofMillis(30));
        call.call(() -> pause(10));

        assertThatThrownBy(() -> call.call(() -> pause(40)))
                .isInstanceOf(PolicyFailure.class)
                .hasMessage("The balancing policy 'slow' ran past its time budget of 30 ms in this solve.");
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
