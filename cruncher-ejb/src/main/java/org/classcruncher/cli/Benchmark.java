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
import org.classcruncher.planner.Humaniser;
import org.classcruncher.planner.Planner;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.milp.GlpkSolver;
import org.gnu.glpk.GLPK;

/**
 * {@code cruncher bench [FOLDER] [--time-limit SECONDS] [--alternatives N]}: runs the seed formulation and the
 * default one side by side, school after school, over the benchmark schools in FOLDER ({@code instances/*.json},
 * categories from {@code index.csv}), and prints a Markdown report per category: schools solved, proven infeasible
 * and timed out; search time (alternatives included, diagnosis not); the largest within-grade spread of the best
 * plan (the seed's raw, and after its humanise rule); composites in the best plan; distinct plans returned.
 */
public final class Benchmark {

    /** One school solved with one configuration. */
    private record Run(String category, SolveStatus status, long millis, Integer worstGradeSpread,
                       Integer humanisedGradeSpread, Integer composites, int plans) {
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/bench");
        int timeLimit = option(args, "--time-limit", 20);
        int alternatives = option(args, "--alternatives", 3);
        Path instances = Files.isDirectory(folder.resolve("instances")) ? folder.resolve("instances") : folder;
        Map<String, String> categories = categories(folder.resolve("index.csv"));

        Planner planner = new Planner(new GlpkSolver());
        Humaniser humaniser = new Humaniser();
        Map<String, List<Run>> seed = new LinkedHashMap<>();
        Map<String, List<Run>> standard = new LinkedHashMap<>();
        List<Path> files = SchoolFiles.list(instances);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString();
            String category = categories.getOrDefault(name, name.replaceFirst("-.*", ""));
            SchoolRequest school = SchoolFiles.read(file);
            SolveOptions options = school.options().withAlternatives(alternatives).withTimeLimitSeconds(timeLimit);
            Run seedRun = run(planner, humaniser, category,
                    school.withOptions(options.withFormulation(SolveOptions.SEED_FORMULATION)));
            Run defaultRun = run(planner, humaniser, category,
                    school.withOptions(options.withFormulation(SolveOptions.DEFAULT_FORMULATION)));
            seed.computeIfAbsent(category, c -> new ArrayList<>()).add(seedRun);
            standard.computeIfAbsent(category, c -> new ArrayList<>()).add(defaultRun);
            System.err.printf("%3d/%d %-20s seed %-10s %6d ms | default %-10s %6d ms%n", i + 1, files.size(), name,
                    seedRun.status(), seedRun.millis(), defaultRun.status(), defaultRun.millis());
        }
        report(seed, standard, files.size(), timeLimit, alternatives);
        stopping(planner, files);
    }

    /**
     * How promptly a solve stops: on the schools the seed model takes longest over, a cancel 500 ms into the
     * search, and a time limit of 2 s. Prints the delay between the cancel (or the limit) and the answer.
     */
    private static void stopping(Planner planner, List<Path> files) {
        List<Path> slow = new ArrayList<>();
        for (Path file : files) {
            SchoolRequest school = SchoolFiles.read(file);
            SchoolRequest seed = school.withOptions(school.options().withAlternatives(1).withTimeLimitSeconds(2)
                    .withFormulation(SolveOptions.SEED_FORMULATION));
            if (planner.plan(seed, Policies.none(), () -> false).status() == SolveStatus.TIMED_OUT) {
                slow.add(file);
            }
            if (slow.size() == 5) {
                break;
            }
        }
        System.out.println();
        System.out.println("## Stopping: cancel and time limit");
        System.out.println();
        System.out.println("Seed formulation on the first schools it cannot settle in 2 s. Cancel: the flag is set 500 ms "
                + "into the solve; delay = answer − cancel. Time limit: 2 s; overshoot = answer − 2 s.");
        System.out.println();
        System.out.println("| school | status after cancel | cancel delay ms | status at time limit | overshoot ms |");
        System.out.println("|---|---|---|---|---|");
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        try {
            for (Path file : slow) {
                SchoolRequest school = SchoolFiles.read(file);
                SolveOptions seedOptions = school.options().withAlternatives(1)
                        .withFormulation(SolveOptions.SEED_FORMULATION);
                AtomicLong cancelledAt = new AtomicLong();
                canceller.schedule(() -> cancelledAt.set(System.nanoTime()), 500, TimeUnit.MILLISECONDS);
                PlanningOutcome cancelled = planner.plan(school.withOptions(seedOptions.withTimeLimitSeconds(60)),
                        Policies.none(), () -> cancelledAt.get() != 0);
                String cancelDelay = cancelledAt.get() == 0 ? "finished before the cancel"
                        : String.valueOf((System.nanoTime() - cancelledAt.get()) / 1_000_000);
                long start = System.nanoTime();
                PlanningOutcome limited = planner.plan(school.withOptions(seedOptions.withTimeLimitSeconds(2)),
                        Policies.none(), () -> false);
                long overshoot = (System.nanoTime() - start) / 1_000_000 - 2_000;
                System.out.printf("| %s | %s | %s | %s | %d |%n", file.getFileName(), cancelled.status(), cancelDelay,
                        limited.status(), overshoot);
            }
        } finally {
            canceller.shutdownNow();
        }
    }

    /** Solves once; the seed's plans are measured raw and after its humanise rule, as the seed presented them. */
    private static Run run(Planner planner, Humaniser humaniser, String category, SchoolRequest school) {
        PlanningOutcome outcome = planner.plan(school, Policies.none(), () -> false);
        ClassPlan best = outcome.plans().isEmpty() ? null : outcome.plans().get(0);
        Integer spread = best == null ? null : best.summary().worstGradeSpread();
        Integer humanised = best == null ? null : school.options().seed()
                ? humaniser.balance(best, school).summary().worstGradeSpread() : spread;
        long structures = outcome.plans().stream()
                .map(plan -> plan.classes().stream().map(c -> String.join("/", c.grades())).sorted().toList())
                .distinct()
                .count();
        return new Run(category, outcome.status(), outcome.searchMillis(), spread, humanised,
                best == null ? null : best.summary().composites(), (int) structures);
    }

    private static void report(Map<String, List<Run>> seed, Map<String, List<Run>> standard, int schools,
                               int timeLimit, int alternatives) {
        System.out.println("# Benchmark: seed formulation vs. default formulation");
        System.out.println();
        System.out.printf("%d schools; both formulations run one after the other on each school in one process, "
                + "time limit %d s per solve, %d alternatives asked for. Run on %s.%n", schools, timeLimit,
                alternatives, LocalDate.now());
        System.out.println();
        System.out.println("Machine: " + machine());
        System.out.println();
        System.out.println("Columns: schools solved / proven infeasible / timed out; search time in ms, median and "
                + "max (alternatives included, diagnosis excluded); the best plan's largest within-grade spread "
                + "(largest minus smallest class holding a grade), median and max, raw and, for the seed, after its "
                + "humanise rule; composite classes in the best plan, median and max; structurally different plans "
                + "returned (different numbers of classes of some grade or composite), median and min.");
        System.out.println();
        System.out.println("| category | formulation | solved / infeasible / timed out | ms median | ms max "
                + "| spread median | spread max | humanised median | humanised max | composites median "
                + "| composites max | structures median | structures min |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Map<String, List<Run>> allSeed = new LinkedHashMap<>();
        Map<String, List<Run>> allDefault = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(List.of("rural", "typical", "k8", "k12", "district", "tight"));
        seed.keySet().stream().filter(category -> !order.contains(category)).forEach(order::add);
        for (String category : order) {
            if (seed.containsKey(category)) {
                allSeed.put(category, seed.get(category));
                allDefault.put(category, standard.get(category));
            }
        }
        allSeed.put("all", seed.values().stream().flatMap(List::stream).toList());
        allDefault.put("all", standard.values().stream().flatMap(List::stream).toList());
        for (String category : allSeed.keySet()) {
            row(category, "seed", allSeed.get(category));
            row(category, "default", allDefault.get(category));
        }
    }

    private static void row(String category, String formulation, List<Run> runs) {
        long solved = runs.stream().filter(run -> run.status() == SolveStatus.SOLVED).count();
        long infeasible = runs.stream().filter(run -> run.status() == SolveStatus.INFEASIBLE).count();
        long timedOut = runs.stream().filter(run -> run.status() == SolveStatus.TIMED_OUT).count();
        List<Run> withPlan = runs.stream().filter(run -> run.worstGradeSpread() != null).toList();
        System.out.printf("| %s | %s | %d / %d / %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                category, formulation, solved, infeasible, timedOut,
                median(runs, run -> (int) run.millis()), max(runs, run -> (int) run.millis()),
                median(withPlan, Run::worstGradeSpread), max(withPlan, Run::worstGradeSpread),
                median(withPlan, Run::humanisedGradeSpread), max(withPlan, Run::humanisedGradeSpread),
                median(withPlan, Run::composites), max(withPlan, Run::composites),
                median(withPlan, Run::plans), min(withPlan, Run::plans));
    }

    private static String median(List<Run> runs, ToIntFunction<Run> figure) {
        if (runs.isEmpty()) {
            return "–";
        }
        int[] values = runs.stream().mapToInt(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? String.valueOf(values[middle])
                : String.valueOf((values[middle - 1] + values[middle]) / 2.0).replace(".0", "");
    }

    private static String max(List<Run> runs, ToIntFunction<Run> figure) {
        return runs.isEmpty() ? "–" : String.valueOf(runs.stream().mapToInt(figure).max().orElseThrow());
    }

    private static String min(List<Run> runs, ToIntFunction<Run> figure) {
        return runs.isEmpty() ? "–" : String.valueOf(runs.stream().mapToInt(figure).min().orElseThrow());
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

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
