package org.classcruncher.account.boundary;

import java.time.Instant;
import java.util.Locale;

import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.problem.InvalidRequest;

/**
 * Which audit entries to read: one page, newest first, of one actor's entries, of one kind, in a time range; a part
 * left {@code null} takes all. A bad part is refused naming it, whoever asks (the REST API, the portal).
 *
 * @param actor  who did it, exactly as the log names them (a user name, {@code (server)}); any case, as user names
 *               are lower-case
 * @param action only entries of this kind
 * @param from   only entries at or after this instant
 * @param to     only entries before this instant; after {@code from} when both are given
 * @param page   0 for the newest page, at most {@value #LAST_PAGE}
 * @param size   entries per page, 1 to {@value #LARGEST_PAGE}
 */
public record AuditQuery(String actor, AuditAction action, Instant from, Instant to, int page, int size) {

    /** The most entries on one page. */
    public static final int LARGEST_PAGE = 500;

    /** The highest page number: keeps {@code page * size} far from overflowing. */
    public static final int LAST_PAGE = 1_000_000;

    /** The longest actor the log holds ({@code AUDIT_ENTRY.ACTOR}). */
    public static final int LONGEST_ACTOR = 64;

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
        if (actor != null && actor.length() > LONGEST_ACTOR) {
            throw new InvalidRequest("actor", "actor must have at most " + LONGEST_ACTOR + " characters");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidRequest("to", "to (" + to + ") must be after from (" + from + ")");
        }
        if (page < 0 || page > LAST_PAGE) {
            throw new InvalidRequest("page", "page must be between 0 and " + LAST_PAGE);
        }
        if (size < 1 || size > LARGEST_PAGE) {
            throw new InvalidRequest("size", "size must be between 1 and " + LARGEST_PAGE);
        }
    }

    /** A page of every entry. */
    public static AuditQuery all(int page, int size) {
        return new AuditQuery(null, null, null, null, page, size);
    }

    /** The same filter, another page. */
    public AuditQuery withPage(int otherPage, int otherSize) {
        return new AuditQuery(actor, action, from, to, otherPage, otherSize);
    }

    AuditLog.Filter filter() {
        return new AuditLog.Filter(actor, action == null ? null : action.name(), from, to);
    }
}
