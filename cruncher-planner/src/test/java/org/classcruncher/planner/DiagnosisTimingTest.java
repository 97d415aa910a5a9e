package org.classcruncher.planner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.cli.SchoolFiles;
import org.classcruncher.planner.milp.GlpkSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the whole solve (proof and diagnosis) of every infeasible school of a benchmark folder; run by hand with
 * {@code -Dbench.instances=/path/to/instances} (and {@code -Dbench.only=tight-04,...} to skip the feasible ones).
 */
@EnabledIfSystemProperty(named = "bench.instances", matches = ".+")
class DiagnosisTimingTest {

    @Test
    void timesTheInfeasibleSchools() throws IOException {
        Planner planner = new Planner(new GlpkSolver());
        String only = System.getProperty("bench.only", "");
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of(System.getProperty("bench.instances")))) {
            files = listed.filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> only.isEmpty() || List.of(only.split(",")).contains(
                            file.getFileName().toString().replace(".json", "")))
                    .sorted().toList();
        }
        // Warm up: the JIT and GLPK's library.
        planner.plan(SchoolFiles.read(files.get(0)), Policies.none(), () -> false);
        List<Double> times = new ArrayList<>();
        int unchecked = 0;
        for (Path file : files) {
            SchoolRequest school = SchoolFiles.read(file);
            long start = System.nanoTime();
            PlanningOutcome outcome = planner.plan(school, Policies.none(), () -> false);
            double millis = (System.nanoTime() - start) / 1e6;
            if (outcome.status() != SolveStatus.INFEASIBLE) {
                continue;
            }
            times.add(millis);
            unchecked += outcome.diagnosis().unchecked().size();
            System.out.printf("%s %.1f ms (search %d ms), unchecked %d%n", file.getFileName(), millis,
                    outcome.searchMillis(), outcome.diagnosis().unchecked().size());
            outcome.diagnosis().reasons().forEach(reason -> System.out.println("  reason: " + reason));
            outcome.diagnosis().fixes().forEach(fix -> System.out.println("  fix: " + fix));
            outcome.diagnosis().unchecked().forEach(change -> System.out.println("  unchecked: " + change));
        }
        List<Double> sorted = times.stream().sorted().toList();
        System.out.printf("INFEASIBLE %d: median %.1f ms, max %.1f ms, unchecked %d%n", sorted.size(),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                unchecked);
    }
}
