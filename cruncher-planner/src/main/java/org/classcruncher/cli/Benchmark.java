package org.classcruncher.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.Planner;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.milp.GlpkSolver;
import org.gnu.glpk.GLPK;

/**
 * {@code cruncher bench [FOLDER] [--time-limit SECONDS] [--alternatives N] [--rules ID,… [--plugins DIR]]}: runs
 * three formulations side by side (with {@code --rules}: {@link RuleBenchmark} instead),
 * school after school, over the benchmark schools in FOLDER ({@code instances/*.json}, categories from
 * {@code index.csv}): the seed's model, the reference formulation (the one model, as first written) and the
 * default (split by composite pattern). Prints per category the median, p90 and max time of each with the ratios,
 * the time to prove and explain the infeasible schools, whether every level optimum of the default equals the
 * reference's, the plans' balance, and how promptly the default stops on a cancel and at its time limit.
 */
public final class Benchmark {

    /** One school solved with one formulation. */
    private record Run(String school, String category, SolveStatus status, double millis, List<List<Long>> levels,
                       boolean proven, Integer worstGradeSpread, Integer composites, int fixes, int unchecked) {
    }

    private static final List<String> ORDER = List.of("rural", "typical", "k8", "k12", "district", "tight");

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/bench");
        int timeLimit = option(args, "--time-limit", 60);
        int alternatives = option(args, "--alternatives", 3);
        Path instances = Files.isDirectory(folder.resolve("instances")) ? folder.resolve("instances") : folder;
        Map<String, String> categories = categories(folder.resolve("index.csv"));

        String rules = text(args, "--rules");
        if (rules != null) {
            List<Path> files = SchoolFiles.list(instances);
            String plugins = text(args, "--plugins");
            RuleBenchmark.run(files, InstanceSet.hash(files), List.of(rules.split(",")),
                    plugins != null ? Path.of(plugins) : System.getProperty("cruncher.plugins.dir") == null ? null
                            : Path.of(System.getProperty("cruncher.plugins.dir")), timeLimit, alternatives, machine());
            return;
        }
        Planner planner = new Planner(new GlpkSolver());
        Planner reference = Planner.reference(new GlpkSolver());
        Map<String, List<Run>> seedRuns = new LinkedHashMap<>();
        Map<String, List<Run>> referenceRuns = new LinkedHashMap<>();
        Map<String, List<Run>> defaultRuns = new LinkedHashMap<>();
        List<Path> files = SchoolFiles.list(instances);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString();
            String category = categories.getOrDefault(name, name.replaceFirst("-.*", ""));
            SchoolRequest school = SchoolFiles.read(file);
            SolveOptions options = school.options().withAlternatives(alternatives).withTimeLimitSeconds(timeLimit);
            Run seed = run(planner, name, category, school.withOptions(options.withFormulation(SolveOptions.SEED_FORMULATION)));
            Run oneModel = run(reference, name, category, school.withOptions(options));
            Run standard = run(planner, name, category, school.withOptions(options));
            seedRuns.computeIfAbsent(category, c -> new ArrayList<>()).add(seed);
            referenceRuns.computeIfAbsent(category, c -> new ArrayList<>()).add(oneModel);
            defaultRuns.computeIfAbsent(category, c -> new ArrayList<>()).add(standard);
            System.err.printf("%3d/%d %-20s seed %-10s %8.1f ms | reference %-10s %8.1f ms | default %-10s %8.1f ms%s%n",
                    i + 1, files.size(), name, seed.status(), seed.millis(), oneModel.status(), oneModel.millis(),
                    standard.status(), standard.millis(), agreement(oneModel, standard).equals("same") ? ""
                            : "  " + agreement(oneModel, standard));
        }
        System.out.println("# Benchmark: seed, reference and default formulations");
        System.out.println();
        System.out.printf("%d schools; the three formulations run one after the other on each school in one process, "
                + "time limit %d s per solve, %d alternatives asked for. Run on %s at commit %s.%n", files.size(),
                timeLimit, alternatives, LocalDate.now(), System.getProperty("cruncher.commit", "unknown"));
        System.out.println();
        System.out.println("Machine: " + machine());
        System.out.println();
        System.out.println("Instances: " + files.size() + " files, SHA-256 of their names and contents in name order "
                + InstanceSet.hash(files) + ".");
        StaffingSweep sweep = StaffingSweep.run(planner, files, alternatives, timeLimit);
        targets(group(referenceRuns).get("all"), group(defaultRuns), sweep);
        times(group(seedRuns), group(referenceRuns), group(defaultRuns));
        infeasible(group(referenceRuns).get("all"), group(defaultRuns).get("all"));
        optima(group(referenceRuns).get("all"), group(defaultRuns).get("all"));
        balance(group(seedRuns), group(defaultRuns));
        sweep.print(alternatives);
        stopping(planner, files);
    }

    /** Solves once, timing the whole solve: search, alternatives and, for an infeasible school, the diagnosis. */
    private static Run run(Planner planner, String name, String category, SchoolRequest school) {
        long start = System.nanoTime();
        PlanningOutcome outcome = planner.plan(school, Policies.none(), () -> false);
        double millis = (System.nanoTime() - start) / 1e6;
        List<ClassType> types = ClassType.of(school);
        List<List<Long>> levels = outcome.plans().stream()
                .map(plan -> Objective.standard(false).levels().stream()
                        .map(level -> Math.round(level.value(plan, ChildWeights.equal(), types))).toList())
                .toList();
        boolean proven = outcome.plans().stream().allMatch(ClassPlan::optimal)
                && (outcome.status() == SolveStatus.SOLVED || outcome.status() == SolveStatus.INFEASIBLE);
        ClassPlan best = outcome.plans().isEmpty() ? null : outcome.plans().get(0);
        return new Run(name, category, outcome.status(), millis, levels, proven,
                best == null ? null : best.summary().worstGradeSpread(),
                best == null ? null : best.summary().composites(),
                outcome.diagnosis() == null ? 0 : outcome.diagnosis().fixes().size(),
                outcome.diagnosis() == null ? 0 : outcome.diagnosis().unchecked().size());
    }

    /** "same", or how the default's levels differ from the reference's; plans the reference did not prove are not held against it. */
    private static String agreement(Run reference, Run standard) {
        if (reference.proven()) {
            return reference.status() == standard.status() && reference.levels().equals(standard.levels())
                    ? "same" : "DIFFERENT: reference " + reference.levels() + ", default " + standard.levels();
        }
        int proven = (int) Math.max(0, reference.levels().size() - 1);
        boolean prefix = standard.levels().size() >= proven
                && standard.levels().subList(0, proven).equals(reference.levels().subList(0, proven));
        return prefix ? "same where the reference proved (" + proven + " of " + reference.levels().size() + " plans)"
                : "DIFFERENT: reference " + reference.levels() + ", default " + standard.levels();
    }

    private static Map<String, List<Run>> group(Map<String, List<Run>> runs) {
        Map<String, List<Run>> grouped = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(ORDER);
        runs.keySet().stream().filter(category -> !order.contains(category)).forEach(order::add);
        order.stream().filter(runs::containsKey).forEach(category -> grouped.put(category, runs.get(category)));
        grouped.put("all", runs.values().stream().flatMap(List::stream).toList());
        return grouped;
    }

    /** Every target the benchmark holds the default formulation to: speed, equal optima, the staffing sweep. */
    private static void targets(List<Run> reference, Map<String, List<Run>> standard, StaffingSweep sweep) {
        List<Run> all = standard.get("all");
        List<Run> feasible = all.stream().filter(run -> run.status() != SolveStatus.INFEASIBLE).toList();
        List<Run> infeasible = all.stream().filter(run -> run.status() == SolveStatus.INFEASIBLE).toList();
        List<Run> k12 = standard.getOrDefault("k12", List.of());
        System.out.println();
        System.out.println("## Targets (default formulation)");
        System.out.println();
        System.out.println("| target | figure | met |");
        System.out.println("|---|---|---|");
        target("median per school ≤ 10 ms", median(all), 10);
        target("K-12 median ≤ 25 ms", median(k12), 25);
        target("slowest feasible school ≤ 250 ms", millis(feasible), 250);
        target("slowest infeasible school (proof and diagnosis) ≤ 1,000 ms", millis(infeasible), 1000);
        long same = sameOptima(reference, all);
        System.out.printf("| every level optimum of every plan equal to the reference's | %d of %d schools | %s |%n",
                same, all.size(), same == all.size() ? "yes" : "NO");
        System.out.printf("| staffing sweep (T−2 to T+2): never a larger largest class with more teachers "
                        + "| larger %d times in %d plannings, %d of them with as many composites or more | %s |%n",
                sweep.larger().size(), sweep.plannings(), sweep.largerWithAsManyComposites(),
                sweep.larger().isEmpty() ? "yes" : "NO");
    }

    /**
     * On how many schools the default's status and every level of every plan equal the reference's (where the
     * reference proved its plans).
     */
    private static long sameOptima(List<Run> reference, List<Run> standard) {
        long same = 0;
        for (int i = 0; i < standard.size(); i++) {
            if (agreement(reference.get(i), standard.get(i)).startsWith("same")) {
                same++;
            }
        }
        return same;
    }

    private static void target(String target, double figure, double bound) {
        System.out.printf("| %s | %.1f ms | %s |%n", target, figure, figure <= bound ? "yes" : "NO");
    }

    private static double millis(List<Run> runs) {
        return runs.stream().mapToDouble(Run::millis).max().orElse(0);
    }

    private static void times(Map<String, List<Run>> seed, Map<String, List<Run>> reference,
                              Map<String, List<Run>> standard) {
        System.out.println();
        System.out.println("## Time per school");
        System.out.println();
        System.out.println("Milliseconds for the whole solve: every alternative, and for an infeasible school the "
                + "proof and the diagnosis. Ratios are of the medians (reference ÷ default, seed ÷ default). Status: "
                + "solved / infeasible / timed out.");
        System.out.println();
        System.out.println("| category | schools | seed median / p90 / max | reference median / p90 / max "
                + "| default median / p90 / max | reference ÷ default | seed ÷ default | status seed | status reference "
                + "| status default |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String category : standard.keySet()) {
            List<Run> s = seed.get(category);
            List<Run> r = reference.get(category);
            List<Run> d = standard.get(category);
            System.out.printf("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n", category, d.size(),
                    figures(s), figures(r), figures(d), ratio(r, d), ratio(s, d), statuses(s), statuses(r),
                    statuses(d));
        }
    }

    private static void infeasible(List<Run> reference, List<Run> standard) {
        List<Run> byReference = reference.stream().filter(run -> run.status() == SolveStatus.INFEASIBLE).toList();
        List<Run> byDefault = standard.stream().filter(run -> run.status() == SolveStatus.INFEASIBLE).toList();
        System.out.println();
        System.out.println("## Infeasible schools: proof and diagnosis");
        System.out.println();
        System.out.printf("The default proves %d schools infeasible and explains each (reasons, fewest teachers, "
                + "verified single rule changes): median %s ms, max %s ms. The reference: median %s ms, max %s ms.%n",
                byDefault.size(), percentile(byDefault, 50), max(byDefault), percentile(byReference, 50),
                max(byReference));
        System.out.println();
        System.out.println("| school | reference ms | reference fixes | default ms | default fixes | default unchecked |");
        System.out.println("|---|---|---|---|---|---|");
        for (Run run : byDefault) {
            Run other = reference.stream().filter(r -> r.school().equals(run.school())).findFirst().orElseThrow();
            System.out.printf("| %s | %.0f | %d | %.1f | %d | %d |%n", run.school(), other.millis(), other.fixes(),
                    run.millis(), run.fixes(), run.unchecked());
        }
    }

    private static void optima(List<Run> reference, List<Run> standard) {
        System.out.println();
        System.out.println("## Optima: default against reference");
        System.out.println();
        System.out.println("Per school, the status and for every plan its five level values (composites, classes "
                + "(negated), largest class, sum of squared class sizes, sum of within-grade spreads) must be equal.");
        System.out.println();
        long same = sameOptima(reference, standard);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < standard.size(); i++) {
            String agreement = agreement(reference.get(i), standard.get(i));
            if (!agreement.equals("same")) {
                notes.add(standard.get(i).school() + ": " + agreement);
            }
        }
        long proven = standard.stream().filter(Run::proven).count();
        System.out.printf("Every level optimum equal on %d of %d schools; the default proved every plan optimal on %d "
                + "of %d schools.%n", same, standard.size(), proven, standard.size());
        notes.forEach(note -> System.out.println("- " + note));
    }

    private static void balance(Map<String, List<Run>> seed, Map<String, List<Run>> standard) {
        System.out.println();
        System.out.println("## Balance");
        System.out.println();
        System.out.println("The best plan's largest within-grade spread (largest minus smallest class holding a grade) "
                + "and its composite classes, median and max, seed (raw) against default.");
        System.out.println();
        System.out.println("| category | seed spread | default spread | seed composites | default composites |");
        System.out.println("|---|---|---|---|---|");
        for (String category : standard.keySet()) {
            List<Run> s = seed.get(category).stream().filter(run -> run.worstGradeSpread() != null).toList();
            List<Run> d = standard.get(category).stream().filter(run -> run.worstGradeSpread() != null).toList();
            System.out.printf("| %s | %s / %s | %s / %s | %s / %s | %s / %s |%n", category,
                    whole(s, Run::worstGradeSpread, 50), whole(s, Run::worstGradeSpread, 100),
                    whole(d, Run::worstGradeSpread, 50), whole(d, Run::worstGradeSpread, 100),
                    whole(s, Run::composites, 50), whole(s, Run::composites, 100),
                    whole(d, Run::composites, 50), whole(d, Run::composites, 100));
        }
    }

    /**
     * How promptly the default formulation stops: on the first five large schools, a cancel 5 ms into the solve
     * (and, for an infeasible school, one during its diagnosis), and a time limit of 1 s on a school it cannot
     * finish in that time. Delay: answer − cancel; overshoot: answer − limit.
     */
    private static void stopping(Planner planner, List<Path> files) {
        System.out.println();
        System.out.println("## Stopping: cancel and time limit (default formulation)");
        System.out.println();
        System.out.println("A cancel 5 ms into the solve of the first five schools with more than 40 teachers, and "
                + "one halfway through the diagnosis of each infeasible school; delay = answer − cancel. Then a "
                + "generated K-12 school of 2,011 children that the default cannot settle in a minute (`Long "
                + "search`), with time limits of 1 and 3 s; overshoot = answer − limit.");
        System.out.println();
        System.out.println("| school | where | status | delay or overshoot ms |");
        System.out.println("|---|---|---|---|");
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        try {
            List<SchoolRequest> slowest = files.stream().map(SchoolFiles::read)
                    .filter(school -> school.teachers() > 40).limit(5).toList();
            for (SchoolRequest school : slowest) {
                cancelAt(planner, canceller, school, 5, "search");
            }
            for (Path file : files) {
                SchoolRequest school = SchoolFiles.read(file);
                long start = System.nanoTime();
                PlanningOutcome outcome = planner.plan(school, Policies.none(), () -> false);
                if (outcome.status() == SolveStatus.INFEASIBLE) {
                    long total = (System.nanoTime() - start) / 1_000_000;
                    long search = outcome.searchMillis();
                    cancelAt(planner, canceller, school, search + Math.max(1, (total - search) / 2), "diagnosis");
                }
            }
            SchoolRequest longSearch = LongSearch.school();
            for (int limit : new int[] {1, 3}) {
                long start = System.nanoTime();
                PlanningOutcome limited = planner.plan(longSearch.withOptions(longSearch.options()
                        .withTimeLimitSeconds(limit)), Policies.none(), () -> false);
                long overshoot = (System.nanoTime() - start) / 1_000_000 - limit * 1_000L;
                System.out.printf("| %s | time limit %d s | %s | %d |%n", longSearch.name(), limit,
                        limited.status(), overshoot);
            }
            cancelAt(planner, canceller, longSearch, 500, "search");
        } finally {
            canceller.shutdownNow();
        }
    }

    private static void cancelAt(Planner planner, ScheduledExecutorService canceller, SchoolRequest school,
                                 long afterMillis, String where) {
        AtomicLong cancelledAt = new AtomicLong();
        canceller.schedule(() -> cancelledAt.set(System.nanoTime()), afterMillis, TimeUnit.MILLISECONDS);
        PlanningOutcome outcome = planner.plan(school, Policies.none(), () -> cancelledAt.get() != 0);
        long end = System.nanoTime();
        String delay = cancelledAt.get() == 0 ? "finished before the cancel"
                : String.format("%.1f", (end - cancelledAt.get()) / 1e6);
        System.out.printf("| %s | %s (cancel at %d ms) | %s | %s |%n", school.name(), where, afterMillis,
                outcome.status(), delay);
    }

    private static String figures(List<Run> runs) {
        return percentile(runs, 50) + " / " + percentile(runs, 90) + " / " + max(runs);
    }

    private static String ratio(List<Run> slower, List<Run> faster) {
        double a = median(slower);
        double b = median(faster);
        return b <= 0 ? "–" : String.format("%.1f", a / b);
    }

    private static String statuses(List<Run> runs) {
        return runs.stream().filter(run -> run.status() == SolveStatus.SOLVED).count() + " / "
                + runs.stream().filter(run -> run.status() == SolveStatus.INFEASIBLE).count() + " / "
                + runs.stream().filter(run -> run.status() == SolveStatus.TIMED_OUT).count();
    }

    private static double median(List<Run> runs) {
        double[] values = runs.stream().mapToDouble(Run::millis).sorted().toArray();
        if (values.length == 0) {
            return 0;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** The p-th percentile of the times (nearest rank), one decimal. */
    private static String percentile(List<Run> runs, int p) {
        if (runs.isEmpty()) {
            return "–";
        }
        if (p == 50) {
            return String.format("%.1f", median(runs));
        }
        double[] values = runs.stream().mapToDouble(Run::millis).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * values.length);
        return String.format("%.1f", values[Math.max(0, rank - 1)]);
    }

    private static String max(List<Run> runs) {
        return runs.isEmpty() ? "–" : String.format("%.1f", runs.stream().mapToDouble(Run::millis).max().orElseThrow());
    }

    /** Median (p = 50) or max (p = 100) of a whole-number figure. */
    private static String whole(List<Run> runs, ToIntFunction<Run> figure, int p) {
        if (runs.isEmpty()) {
            return "–";
        }
        int[] values = runs.stream().mapToInt(figure).sorted().toArray();
        if (p == 100) {
            return String.valueOf(values[values.length - 1]);
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? String.valueOf(values[middle])
                : String.valueOf((values[middle - 1] + values[middle]) / 2.0).replace(".0", "");
    }

    private static String machine() {
        String cpu = "unknown CPU";
        String memory = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal"))
                    .map(line -> ", " + Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB")
                    .findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            // The report is still useful without these details.
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + ")" + memory + "; "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "; GLPK "
                + GLPK.glp_version() + " through glpk-java; " + ManagementFactory.getOperatingSystemMXBean().getName()
                + " " + System.getProperty("os.version") + ".";
    }

    private static Map<String, String> categories(Path index) throws IOException {
        Map<String, String> categories = new LinkedHashMap<>();
        if (Files.exists(index)) {
            for (String line : Files.readAllLines(index).subList(1, Files.readAllLines(index).size())) {
                String[] fields = line.split(",", 3);
                if (fields.length >= 2) {
                    categories.put(fields[0], fields[1]);
                }
            }
        }
        return categories;
    }

    private static String text(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
