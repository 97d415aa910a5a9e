package org.classcruncher.account.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.classcruncher.account.control.AccountStore;
import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.account.control.LiveTokens;
import org.classcruncher.account.control.TokenStore;
import org.classcruncher.account.control.TokenUse;
import org.classcruncher.account.entity.ApiToken;
import org.classcruncher.problem.InvalidRequest;

/** Personal API tokens: each user creates and revokes their own; the login mechanism checks them. */
@Stateless
public class Tokens {

    /** Live tokens one account may hold at once; revoked ones are kept for the record but do not count. */
    static final int MAX_PER_ACCOUNT = 50;

    private static final Logger LOG = Logger.getLogger(Tokens.class.getName());

    @Inject
    TokenStore store;

    @Inject
    AccountStore accounts;

    @Inject
    AuditLog audit;

    @Inject
    TokenUse use;

    @Inject
    LiveTokens live;

    private final Clock clock = Clock.systemUTC();

    public NewToken create(Caller caller, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidRequest("name", "a token needs a name of 1 to 100 characters, e.g. nightly batch script");
        }
        if (store.liveCount(caller.username()) >= MAX_PER_ACCOUNT) {
            throw new NotPermitted("An account holds at most " + MAX_PER_ACCOUNT + " tokens that are not revoked: "
                    + "revoke one first.");
        }
        String secret = TokenStore.newSecret();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(UUID.randomUUID().toString(), caller.username(), name.strip(),
                TokenStore.hashOf(secret), now);
        store.add(token);
        audit.record(caller.username(), AuditAction.TOKEN_CREATED, token.id(), token.name());
        return new NewToken(token.id(), token.name(), secret, now);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TokenView> list(Caller caller) {
        return store.of(caller.username()).stream().map(TokenView::of).toList();
    }

    /** Revokes one of the caller's tokens; another user's token is "not found", as if it did not exist. */
    public TokenView revoke(Caller caller, String id) {
        ApiToken token = store.byId(id)
                .filter(found -> found.username().equals(caller.username()))
                .orElseThrow(() -> new AccountNotFound("No token " + id + "."));
        if (!token.revoked()) {
            token.revoke(clock.instant());
            live.forgetToken(token.id());
            audit.record(caller.username(), AuditAction.TOKEN_REVOKED, token.id(), token.name());
        }
        return TokenView.of(token);
    }

    /**
     * The user a presented secret authenticates, if it is a live token of an existing account. Its last use is
     * written at most once a minute, in a transaction of its own; a failure to write it never fails the call. Not in a
     * transaction itself: every request calls this, many at once with one token, and a transaction held open around
     * the bookkeeping's own (suspended, with its connection) tangled the pool's connections under that load.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<String> authenticate(String secret) {
        if (secret == null || !secret.startsWith(TokenStore.PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = TokenStore.hashOf(secret);
        Optional<LiveTokens.Entry> known = live.find(hash, now);
        if (known.isEmpty()) {
            known = store.bySecret(secret)
                    .filter(token -> !token.revoked())
                    .filter(token -> accounts.account(token.username()).isPresent())
                    .map(token -> new LiveTokens.Entry(token.id(), token.username(), token.lastUsedAt(), now));
            known.ifPresent(entry -> live.remember(hash, entry));
        }
        known.ifPresent(entry -> recordUse(entry, now));
        return known.map(LiveTokens.Entry::username);
    }

    private void recordUse(LiveTokens.Entry token, Instant now) {
        if (!use.due(token.tokenId(), token.lastUsedAt(), now)) {
            return;
        }
        try {
            store.recordUse(token.tokenId(), now);
        } catch (RuntimeException busy) {
            // e.g. the row is locked by a revocation or an account deletion: the next use writes it.
            LOG.log(Level.FINE, "Last use of token " + token.tokenId() + " not written", busy);
        }
    }
}
