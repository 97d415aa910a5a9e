package org.classcruncher.solve.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.classcruncher.api.SolveOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits that keep one account or one school from crowding out everyone else, each a MicroProfile Config
 * property (system property, or environment variable such as {@code CRUNCHER_LIMITS_UNFINISHEDPERACCOUNT}):
 * <ul>
 *   <li>solves queued or running at once per account: {@code cruncher.limits.unfinishedPerAccount} (20) for a
 *   school account, {@code cruncher.limits.unfinishedPerDistrictAdmin} (400: a district's list of 400 schools fits one
 *   batch, and one admin's batches and sweeps leave a fifth of the default queue of 500 to the schools) for a district
 *   admin;</li>
 *   <li>solves queued or running at once per school, whoever submitted them: {@code cruncher.limits.unfinishedPerSchool}
 *   (50);</li>
 *   <li>the solving one request may ask for, {@code alternatives × timeLimitSeconds}:
 *   {@code cruncher.limits.schoolSolveSeconds} (300) for a school account, {@code cruncher.limits.districtSolveSeconds}
 *   (3600) for a district admin.</li>
 * </ul>
 */
@ApplicationScoped
public class SolveLimits {

    static final String PREFIX = "cruncher.limits.";

    /**
     * A quota that a submission would go past.
     *
     * @param limit      the quota's name, as configured after {@value #PREFIX} (e.g. {@code unfinishedPerAccount})
     * @param most       the quota
     * @param unfinished how many solves the account or school has queued or running now
     * @param adding     how many the submission would add (a batch adds one per school)
     * @param whose      who holds the quota, as the message names it ("you", "school riverside")
     */
    public record Quota(String limit, int most, long unfinished, int adding, String whose) {

        public String message() {
            boolean account = whose.equals("you");
            String have = account ? "You have " : capitalised(whose) + " has ";
            String most = "the most one " + (account ? "account" : "school") + " may have (" + PREFIX + limit
                    + " = " + this.most + ")";
            return have + unfinished + " solves queued or running"
                    + (adding == 1 ? ", " + most + ". Wait until one finishes, or cancel one, then try again."
                    : "; " + adding + " more would pass " + most
                    + ". Wait until some finish, or cancel some, then try again.");
        }

        private static String capitalised(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }

    /** A request asking for more solving than the caller's role may: the field to change and why. */
    public record Refusal(String field, String message) {
    }

    @Inject
    @ConfigProperty(name = PREFIX + "unfinishedPerAccount", defaultValue = "20")
    int unfinishedPerAccount;

    @Inject
    @ConfigProperty(name = PREFIX + "unfinishedPerDistrictAdmin", defaultValue = "400")
    int unfinishedPerDistrictAdmin;

    @Inject
    @ConfigProperty(name = PREFIX + "unfinishedPerSchool", defaultValue = "50")
    int unfinishedPerSchool;

    @Inject
    @ConfigProperty(name = PREFIX + "schoolSolveSeconds", defaultValue = "300")
    int schoolSolveSeconds;

    @Inject
    @ConfigProperty(name = PREFIX + "districtSolveSeconds", defaultValue = "3600")
    int districtSolveSeconds;

    /** For the container. */
    protected SolveLimits() {
    }

    /** These limits, e.g. for a test. */
    public SolveLimits(int unfinishedPerAccount, int unfinishedPerDistrictAdmin, int unfinishedPerSchool,
                       int schoolSolveSeconds, int districtSolveSeconds) {
        this.unfinishedPerAccount = unfinishedPerAccount;
        this.unfinishedPerDistrictAdmin = unfinishedPerDistrictAdmin;
        this.unfinishedPerSchool = unfinishedPerSchool;
        this.schoolSolveSeconds = schoolSolveSeconds;
        this.districtSolveSeconds = districtSolveSeconds;
    }

    /** The seconds of solving ({@code alternatives × timeLimitSeconds}) one request of this role may ask for. */
    public int solveSeconds(boolean districtAdmin) {
        return districtAdmin ? districtSolveSeconds : schoolSolveSeconds;
    }

    /**
     * Why these options ask for more solving than the role may, naming the field to change; empty when they are
     * within the cap. The time limit is named unless even one second per alternative is too much.
     */
    public Optional<Refusal> solvingRefusal(boolean districtAdmin, SolveOptions options) {
        int cap = solveSeconds(districtAdmin);
        long asked = (long) options.alternatives() * options.timeLimitSeconds();
        if (asked <= cap) {
            return Optional.empty();
        }
        String who = districtAdmin ? "a district admin" : "a school account";
        String because = " (" + options.alternatives() + " alternatives × " + options.timeLimitSeconds() + " s = "
                + asked + " s; " + who + " may ask for at most " + cap + " s of solving per request, "
                + PREFIX + (districtAdmin ? "districtSolveSeconds" : "schoolSolveSeconds") + ")";
        int longest = cap / options.alternatives();
        if (longest < 1) {
            return Optional.of(new Refusal("options.alternatives",
                    "options.alternatives must be at most " + cap + because));
        }
        return Optional.of(new Refusal("options.timeLimitSeconds", "options.timeLimitSeconds must be at most "
                + longest + " for " + options.alternatives() + " alternatives" + because));
    }

    /**
     * The first quota that {@code adding} more solves would pass: the submitting account's, then the owning
     * school's ({@code null}: district work, which counts against no school). Empty when both take them.
     *
     * @param ofAccount how many solves the submitting account has queued or running
     * @param ofSchool  how many solves the owning school has queued or running (ignored for district work)
     */
    public Optional<Quota> exceeded(boolean districtAdmin, long ofAccount, String school, long ofSchool,
                                    int adding) {
        int accountQuota = districtAdmin ? unfinishedPerDistrictAdmin : unfinishedPerAccount;
        if (ofAccount + adding > accountQuota) {
            return Optional.of(new Quota(districtAdmin ? "unfinishedPerDistrictAdmin" : "unfinishedPerAccount",
                    accountQuota, ofAccount, adding, "you"));
        }
        if (school != null && ofSchool + adding > unfinishedPerSchool) {
            return Optional.of(new Quota("unfinishedPerSchool", unfinishedPerSchool, ofSchool, adding,
                    "school " + school));
        }
        return Optional.empty();
    }
}
