package org.classcruncher.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.account.entity.AuditEntry;
import org.classcruncher.account.entity.Role;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    /** Remembers what it was asked for; holds one entry. */
    static final class Log extends AuditLog {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<AuditEntry> page(Filter filter, int first, int max) {
            asked.add(filter + " from " + first + ", " + max);
            return List.of(new AuditEntry(Instant.parse("2026-01-31T08:00:00Z"), "ann", "LOGIN_SUCCEEDED", "ann",
                    "login from 10.0.0.7"));
        }

        @Override
        public long count(Filter filter) {
            return 41;
        }
    }

    private final Log log = new Log();
    private final AuditTrail trail = new AuditTrail();

    AuditTrailTest() {
        trail.log = log;
    }

    @Test
    void readsThePageAskedForWithTheTotalThatMatches() {
        Caller dora = new Caller("dora", Role.DISTRICT_ADMIN, Set.of());
        AuditPage page = trail.page(dora, new AuditQuery("ann", AuditAction.LOGIN_SUCCEEDED, null, null, 2, 20));

        assertThat(log.asked).containsExactly(
                new AuditLog.Filter("ann", "LOGIN_SUCCEEDED", null, null) + " from 40, 20");
        assertThat(page.items()).containsExactly(new AuditRecord(Instant.parse("2026-01-31T08:00:00Z"), "ann",
                "LOGIN_SUCCEEDED", "ann", "login from 10.0.0.7"));
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.size()).isEqualTo(20);
        assertThat(page.total()).isEqualTo(41);
    }

    @Test
    void onlyADistrictAdminReadsTheLog() {
        Caller ann = new Caller("ann", Role.SCHOOL, Set.of("riverside"));
        assertThatThrownBy(() -> trail.page(ann, AuditQuery.all(0, 50))).isInstanceOf(NotPermitted.class);
        assertThat(log.asked).isEmpty();
    }
}
