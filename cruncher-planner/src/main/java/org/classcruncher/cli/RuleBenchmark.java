package org.classcruncher.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.ObjectiveLevel;
import org.classcruncher.planner.Planner;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.PolicyWatch;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.plugin.PluginLoader;
import org.classcruncher.planner.rules.SchoolRules;

/**
 * {@code cruncher bench [FOLDER] --rules ID[,ID…]}: every benchmark school planned side by side without plan rules
 * and with the chosen ones (from the plugins folder), by the default formulation, and with the rules by the reference
 * formulation (the unpruned one model with the same rows). Prints the medians and their ratio (target: within 3×),
 * how many plans are proven optimal, and whether every level optimum under the rules equals the reference's.
 */
final class RuleBenchmark {

    /** One school's three solves: its levels under the rules' objective, by the default and the reference. */
    private record Row(String school, double plainMillis, double rulesMillis, SolveStatus status, boolean proven,
                       boolean referenceProven, boolean sameAsReference, int atLimit) {
    }

    private RuleBenchmark() {
    }

    static void run(List<Path> files, String instanceHash, List<String> ruleIds, Path pluginsFolder, int timeLimit,
                    int alternatives, String machine) throws java.io.IOException {
        PluginLoader.Found plugins = PluginLoader.load(RuleBenchmark.class.getClassLoader(), pluginsFolder);
        Policies policies = Policies.select(SolveOptions.defaults().withRules(ruleIds), plugins, null, null);
        Planner planner = new Planner(new GlpkSolver());
        Planner reference = Planner.reference(new GlpkSolver());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            SchoolRequest school = SchoolFiles.read(file);
            school = school.withOptions(school.options().withAlternatives(alternatives).withTimeLimitSeconds(timeLimit));
            long start = System.nanoTime();
            planner.plan(school, Policies.none(), () -> false);
            double plain = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            PlanningOutcome ruled = planner.plan(school, policies, () -> false);
            double withRules = (System.nanoTime() - start) / 1e6;
            PlanningOutcome referenceOutcome = reference.plan(school, policies, () -> false);
            List<List<Long>> levels = levels(ruled, school, policies);
            boolean referenceProven = provenOrInfeasible(referenceOutcome);
            boolean same = !referenceProven || (ruled.status() == referenceOutcome.status()
                    && levels.equals(levels(referenceOutcome, school, policies)));
            int atLimit = (int) ruled.plans().stream().filter(plan -> plan.rules().stream()
                    .anyMatch(figure -> figure.atLimit())).count();
            Row row = new Row(file.getFileName().toString(), plain, withRules, ruled.status(),
                    provenOrInfeasible(ruled), referenceProven, same, atLimit);
            rows.add(row);
            System.err.printf("%3d/%d %-20s plain %8.1f ms | rules %-10s %8.1f ms %s%n", i + 1, files.size(),
                    row.school(), plain, row.status(), withRules, same ? "" : " DIFFERENT from the reference");
        }
        print(rows, ruleIds, instanceHash, timeLimit, alternatives, machine, files.size());
    }

    private static void print(List<Row> rows, List<String> ruleIds, String hash, int timeLimit, int alternatives,
                              String machine, int schools) {
        double plain = median(rows.stream().mapToDouble(Row::plainMillis).toArray());
        double ruled = median(rows.stream().mapToDouble(Row::rulesMillis).toArray());
        System.out.println("# Benchmark: plan rules " + String.join(", ", ruleIds));
        System.out.println();
        System.out.printf("%d schools, each planned by the default formulation without rules and with them, one after "
                + "the other in one process, and with them by the reference formulation; time limit %d s, %d "
                + "alternatives. Run on %s at commit %s.%n%n", schools, timeLimit, alternatives, LocalDate.now(),
                System.getProperty("cruncher.commit", "unknown"));
        System.out.println("Machine: " + machine);
        System.out.println();
        System.out.println("Instances: SHA-256 " + hash + ".");
        System.out.println();
        System.out.println("| figure | value | target | met |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| median without rules | %.1f ms | | |%n", plain);
        System.out.printf("| median with the rules | %.1f ms | within 3× | %s (%.2f×) |%n", ruled,
                ruled <= 3 * plain ? "yes" : "NO", ruled / plain);
        System.out.printf("| slowest with the rules | %.1f ms | | |%n",
                rows.stream().mapToDouble(Row::rulesMillis).max().orElse(0));
        long proven = rows.stream().filter(Row::proven).count();
        System.out.printf("| solves proven (optimal or infeasible) | %d of %d | all | %s |%n", proven, rows.size(),
                proven == rows.size() ? "yes" : "NO");
        List<Row> checked = rows.stream().filter(Row::referenceProven).toList();
        long same = checked.stream().filter(Row::sameAsReference).count();
        System.out.printf("| every level optimum equal to the reference's, where the reference proved it | %d of %d "
                + "(the reference proved %d of %d) | all | %s |%n", same, checked.size(), checked.size(), rows.size(),
                same == checked.size() ? "yes" : "NO");
        System.out.printf("| schools with no plan under the rules | %d | | |%n",
                rows.stream().filter(row -> row.status() == SolveStatus.INFEASIBLE).count());
        System.out.printf("| schools whose first plan is at a rule's limit | %d | | |%n",
                rows.stream().filter(row -> row.atLimit() > 0).count());
        rows.stream().filter(row -> !row.sameAsReference())
                .forEach(row -> System.out.println("\nDIFFERENT from the reference: " + row.school()));
    }

    /** The plans' values on the objective the rules give (composites, over target if any, classes, …). */
    private static List<List<Long>> levels(PlanningOutcome outcome, SchoolRequest school, Policies policies) {
        SchoolRules rules = SchoolRules.of(policies.sizePolicy(), policies.rules(), school,
                PolicyWatch.withDefaultBudget());
        Objective objective = rules.objective(Objective.standard(false));
        List<ClassType> types = rules.withTargets(ClassType.of(rules.capped(school)));
        List<List<Long>> levels = new ArrayList<>();
        for (ClassPlan plan : outcome.plans()) {
            List<Long> values = new ArrayList<>();
            for (ObjectiveLevel level : objective.levels()) {
                values.add(Math.round(level.value(plan, ChildWeights.equal(), types)));
            }
            levels.add(values);
        }
        return levels;
    }

    private static boolean provenOrInfeasible(PlanningOutcome outcome) {
        return (outcome.status() == SolveStatus.SOLVED || outcome.status() == SolveStatus.INFEASIBLE)
                && outcome.plans().stream().allMatch(ClassPlan::optimal);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
