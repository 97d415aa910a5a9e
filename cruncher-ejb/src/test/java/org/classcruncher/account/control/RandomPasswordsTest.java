package org.classcruncher.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RandomPasswordsTest {

    @Test
    void makesLongEnoughPasswordsWithoutLookAlikesThatDiffer() {
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String password = RandomPasswords.oneTime();
            assertThat(password).hasSize(RandomPasswords.LENGTH).doesNotContainPattern("[0O1lI]");
            assertThat(password.chars()).allMatch(c -> RandomPasswords.ALPHABET.indexOf(c) >= 0);
            made.add(password);
        }
        assertThat(made).hasSize(1_000);
        assertThat(RandomPasswords.LENGTH).as("at least an account password's minimum").isGreaterThanOrEqualTo(12);
    }
}
