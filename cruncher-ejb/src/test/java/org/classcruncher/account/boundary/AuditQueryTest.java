package org.classcruncher.account.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.classcruncher.account.entity.AuditAction;
import org.classcruncher.account.control.AuditLog;
import org.classcruncher.problem.InvalidRequest;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static final Instant MORNING = Instant.parse("2026-01-31T08:00:00Z");
    private static final Instant NOON = Instant.parse("2026-01-31T12:00:00Z");

    @Test
    void leavesOutWhatIsBlankAndReadsTheActorInAnyCase() {
        AuditQuery query = new AuditQuery("  Admin ", null, null, null, 0, 50);
        assertThat(query.actor()).isEqualTo("admin");
        assertThat(new AuditQuery("  ", null, null, null, 0, 50).actor()).isNull();
        assertThat(AuditQuery.all(3, 20).filter()).isEqualTo(AuditLog.Filter.ALL);
    }

    @Test
    void filtersByTheActionsNameAndTheTimeRange() {
        AuditQuery query = new AuditQuery("ann", AuditAction.LOGIN_SUCCEEDED, MORNING, NOON, 2, 10);
        assertThat(query.filter()).isEqualTo(new AuditLog.Filter("ann", "LOGIN_SUCCEEDED", MORNING, NOON));
        assertThat(query.withPage(0, 1)).isEqualTo(new AuditQuery("ann", AuditAction.LOGIN_SUCCEEDED, MORNING, NOON,
                0, 1));
    }

    @Test
    void refusesAnEndNotAfterTheStartNamingTo() {
        assertThat(fieldOf(() -> new AuditQuery(null, null, NOON, MORNING, 0, 50))).isEqualTo("to");
        assertThatThrownBy(() -> new AuditQuery(null, null, NOON, NOON, 0, 50))
                .isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("must be after from");
        assertThat(new AuditQuery(null, null, NOON, null, 0, 50).from()).isEqualTo(NOON);
        assertThat(new AuditQuery(null, null, null, MORNING, 0, 50).to()).isEqualTo(MORNING);
    }

    @Test
    void refusesPagesOutOfRangeAndAnActorLongerThanTheLogHolds() {
        assertThat(fieldOf(() -> AuditQuery.all(-1, 50))).isEqualTo("page");
        assertThat(fieldOf(() -> AuditQuery.all(AuditQuery.LAST_PAGE + 1, 50))).isEqualTo("page");
        assertThat(fieldOf(() -> AuditQuery.all(0, 0))).isEqualTo("size");
        assertThat(fieldOf(() -> AuditQuery.all(0, AuditQuery.LARGEST_PAGE + 1))).isEqualTo("size");
        assertThat(fieldOf(() -> new AuditQuery("a".repeat(65), null, null, null, 0, 50))).isEqualTo("actor");
        assertThat(new AuditQuery("a".repeat(64), null, null, null, AuditQuery.LAST_PAGE, AuditQuery.LARGEST_PAGE)
                .actor()).hasSize(64);
    }

    private static String fieldOf(Runnable making) {
        try {
            making.run();
        } catch (InvalidRequest refused) {
            return refused.field();
        }
        throw new AssertionError("not refused");
    }
}
