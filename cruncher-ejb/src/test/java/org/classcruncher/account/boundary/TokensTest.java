package org.classcruncher.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.account.control.TokenStore;
import org.classcruncher.account.entity.ApiToken;
import org.classcruncher.account.entity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokensTest {

    /** Tokens in a list; counts like the database's query: the ones not revoked. */
    static final class ListedTokens extends TokenStore {
        final List<ApiToken> tokens = new ArrayList<>();

        @Override
        public void add(ApiToken token) {
            tokens.add(token);
        }

        @Override
        public Optional<ApiToken> byId(String id) {
            return tokens.stream().filter(token -> token.id().equals(id)).findFirst();
        }

        @Override
        public long liveCount(String username) {
            return tokens.stream().filter(token -> token.username().equals(username) && !token.revoked()).count();
        }
    }

    private final ListedTokens store = new ListedTokens();
    private final Tokens tokens = new Tokens();
    private final Caller ann = new Caller("ann", Role.SCHOOL, Set.of("riverside"));

    @BeforeEach
    void wire() {
        tokens.store = store;
        tokens.live = new org.classcruncher.account.control.LiveTokens();
        tokens.audit = new AuditLog() {
            @Override
            public void record(String actor, AuditAction action, String target, String detail) {
            }
        };
    }

    @Test
    void revokedTokensDoNotCountAgainstTheCap() {
        for (int i = 0; i < Tokens.MAX_PER_ACCOUNT; i++) {
            tokens.create(ann, "script " + i);
        }
        assertThatThrownBy(() -> tokens.create(ann, "one too many")).isInstanceOf(NotPermitted.class)
                .hasMessageContaining("revoke one");

        tokens.revoke(ann, store.tokens.get(0).id());
        assertThat(tokens.create(ann, "after a revocation").name()).isEqualTo("after a revocation");
        assertThat(store.tokens).hasSize(Tokens.MAX_PER_ACCOUNT + 1);
    }

    @Test
    void theCapIsPerAccount() {
        for (int i = 0; i < Tokens.MAX_PER_ACCOUNT; i++) {
            tokens.create(ann, "script " + i);
        }
        Caller ben = new Caller("ben", Role.SCHOOL, Set.of("riverside"));
        assertThat(tokens.create(ben, "ben's").name()).isEqualTo("ben's");
        assertThat(store.tokens.get(0).createdAt()).isBeforeOrEqualTo(Instant.now());
    }
}
