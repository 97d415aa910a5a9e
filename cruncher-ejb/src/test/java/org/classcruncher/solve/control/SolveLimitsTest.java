package org.classcruncher.solve.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.classcruncher.api.SolveOptions;
import org.junit.jupiter.api.Test;

class SolveLimitsTest {

    /** The defaults: 20 unfinished per school account, 400 per district admin, 50 per school; 300 s and 3600 s. */
    private final SolveLimits limits = new SolveLimits(20, 400, 50, 300, 3_600);

    private static SolveOptions asking(int alternatives, int timeLimitSeconds) {
        return new SolveOptions(alternatives, timeLimitSeconds, null, null, null, null, null);
    }

    @Test
    void letsASchoolAccountAskForUpToItsCapOfSolving() {
        assertThat(limits.solvingRefusal(false, SolveOptions.defaults())).isEmpty();
        assertThat(limits.solvingRefusal(false, asking(3, 100))).as("exactly 300 s").isEmpty();
        assertThat(limits.solvingRefusal(false, asking(1, 300))).isEmpty();
    }

    @Test
    void refusesASchoolAccountsRequestOverItsCapNamingTheTimeLimitAndTheLongestItMayHave() {
        SolveLimits.Refusal refusal = limits.solvingRefusal(false, asking(3, 120)).orElseThrow();

        assertThat(refusal.field()).isEqualTo("options.timeLimitSeconds");
        assertThat(refusal.message()).isEqualTo("options.timeLimitSeconds must be at most 100 for 3 alternatives "
                + "(3 alternatives × 120 s = 360 s; a school account may ask for at most 300 s of solving per request, "
                + "cruncher.limits.schoolSolveSeconds)");
    }

    @Test
    void givesADistrictAdminTheHigherCap() {
        assertThat(limits.solvingRefusal(true, asking(3, 1_200))).isEmpty();
        SolveLimits.Refusal refusal = limits.solvingRefusal(true, asking(20, 3_600)).orElseThrow();
        assertThat(refusal.field()).isEqualTo("options.timeLimitSeconds");
        assertThat(refusal.message()).startsWith("options.timeLimitSeconds must be at most 180 for 20 alternatives")
                .contains("a district admin may ask for at most 3600 s", "cruncher.limits.districtSolveSeconds");
    }

    @Test
    void namesTheAlternativesWhenEvenOneSecondEachIsTooMuch() {
        SolveLimits tiny = new SolveLimits(20, 400, 50, 5, 3_600);

        SolveLimits.Refusal refusal = tiny.solvingRefusal(false, asking(6, 1)).orElseThrow();

        assertThat(refusal.field()).isEqualTo("options.alternatives");
        assertThat(refusal.message()).startsWith("options.alternatives must be at most 5 ");
    }

    @Test
    void takesASolveWhileTheAccountAndTheSchoolAreUnderTheirQuotas() {
        assertThat(limits.exceeded(false, 19, "riverside", 49, 1)).isEmpty();
        assertThat(limits.exceeded(false, 0, null, 0, 20)).as("a batch that just fits").isEmpty();
    }

    @Test
    void refusesTheSolvePastTheAccountsQuotaNamingIt() {
        SolveLimits.Quota quota = limits.exceeded(false, 20, "riverside", 20, 1).orElseThrow();

        assertThat(quota.limit()).isEqualTo("unfinishedPerAccount");
        assertThat(quota.message()).isEqualTo("You have 20 solves queued or running, the most one account may have "
                + "(cruncher.limits.unfinishedPerAccount = 20). Wait until one finishes, or cancel one, then try again.");
    }

    @Test
    void countsEverySchoolOfABatchAgainstTheQuota() {
        SolveLimits.Quota quota = limits.exceeded(false, 15, "riverside", 15, 6).orElseThrow();

        assertThat(quota.limit()).isEqualTo("unfinishedPerAccount");
        assertThat(quota.message()).startsWith("You have 15 solves queued or running; 6 more would pass the most one "
                + "account may have (cruncher.limits.unfinishedPerAccount = 20).");
    }

    @Test
    void refusesTheSolvePastTheSchoolsQuotaWhoeverSubmitsIt() {
        SolveLimits.Quota quota = limits.exceeded(true, 3, "riverside", 50, 1).orElseThrow();

        assertThat(quota.limit()).isEqualTo("unfinishedPerSchool");
        assertThat(quota.message()).startsWith("School riverside has 50 solves queued or running, the most one school "
                + "may have (cruncher.limits.unfinishedPerSchool = 50).");
    }

    @Test
    void givesADistrictAdminItsOwnQuotaAndCountsDistrictWorkAgainstNoSchool() {
        assertThat(limits.exceeded(true, 100, null, 0, 300)).isEmpty();
        assertThat(limits.exceeded(true, 300, null, 0, 101).orElseThrow().limit())
                .isEqualTo("unfinishedPerDistrictAdmin");
    }
}
