package org.classcruncher.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CruncherIdentityStoreTest {

    @Test
    void waitsLongerWithEveryFailureInARowUpToTwoSeconds() {
        assertThat(CruncherIdentityStore.delayMillis(0)).as("a refused first check").isEqualTo(250);
        assertThat(CruncherIdentityStore.delayMillis(1)).isEqualTo(250);
        assertThat(CruncherIdentityStore.delayMillis(4)).isEqualTo(1_000);
        assertThat(CruncherIdentityStore.delayMillis(100)).isEqualTo(2_000);
    }
}
