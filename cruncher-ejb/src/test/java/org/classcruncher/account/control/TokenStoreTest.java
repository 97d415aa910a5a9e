package org.classcruncher.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenStoreTest {

    @Test
    void makesLongRandomUrlSafeSecretsWithARecognisablePrefix() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(TokenStore.newSecret());
        }
        assertThat(secrets).hasSize(1000).allSatisfy(secret -> assertThat(secret)
                .startsWith("cct_").hasSize(4 + 43).matches("cct_[A-Za-z0-9_-]+"));
    }

    @Test
    void keepsOnlyTheSecretsSha256() {
        assertThat(TokenStore.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
