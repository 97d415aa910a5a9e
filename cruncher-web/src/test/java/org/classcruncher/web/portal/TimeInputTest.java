package org.classcruncher.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TimeInputTest {

    @Test
    void readsADayAsItsFirstMomentAtTheStartAndIncludesItWholeAtTheEnd() {
        assertThat(TimeInput.from("2026-01-31")).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(TimeInput.to(" 2026-01-31 ")).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
    }

    @Test
    void readsATimeInUtcWithASpaceOrATAndAnInstant() {
        assertThat(TimeInput.from("2026-01-31 08:00")).isEqualTo(Instant.parse("2026-01-31T08:00:00Z"));
        assertThat(TimeInput.to("2026-01-31T08:00:30")).isEqualTo(Instant.parse("2026-01-31T08:00:30Z"));
        assertThat(TimeInput.from("2026-01-31T08:00:00Z")).isEqualTo(Instant.parse("2026-01-31T08:00:00Z"));
        assertThat(TimeInput.to("2026-01-31t08:00:00z")).isEqualTo(Instant.parse("2026-01-31T08:00:00Z"));
    }

    @Test
    void leavesOutWhatIsBlank() {
        assertThat(TimeInput.from(null)).isNull();
        assertThat(TimeInput.to("   ")).isNull();
    }

    @Test
    void refusesWhatIsNoTimeSayingWhatToEnter() {
        for (String typed : new String[] {"yesterday", "31/01/2026", "2026-13-01", "2026-01-31 25:00", "08:00"}) {
            assertThatThrownBy(() -> TimeInput.from(typed)).as(typed)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(TimeInput.HINT);
        }
    }

    @Test
    void refusesYearsTheDatabaseCannotHold() {
        for (String typed : new String[] {"+999999999-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", "1969-12-30"}) {
            assertThatThrownBy(() -> TimeInput.to(typed)).as(typed)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Enter a time from 1970 to 9999.");
        }
        assertThat(TimeInput.to("9999-12-31")).isEqualTo(java.time.Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1));
    }
}
