package org.classcruncher.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.Planner;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;

/**
 * The benchmark's staffing sweep: every school planned with two teachers fewer up to two more than it has, as the
 * portal's sweep shows it, and whether more teachers ever make the best plan's largest class larger.
 *
 * @param schools                     the schools swept
 * @param plannings                   the plannings that gave a plan
 * @param larger                      each time more teachers gave a larger largest class, in words
 * @param largerWithAsManyComposites  how many of those kept as many composites or more
 */
record StaffingSweep(int schools, int plannings, List<String> larger, int largerWithAsManyComposites) {

    static StaffingSweep run(Planner planner, List<Path> files, int alternatives, int timeLimit) {
        int plannings = 0;
        List<String> larger = new ArrayList<>();
        int largerWithAsManyComposites = 0;
        for (Path file : files) {
            SchoolRequest school = SchoolFiles.read(file);
            List<Integer> teachers = new ArrayList<>();
            List<Integer> largest = new ArrayList<>();
            List<Integer> composites = new ArrayList<>();
            for (int t = Math.max(1, school.teachers() - 2); t <= school.teachers() + 2; t++) {
                SchoolRequest staffed = school.withTeachers(t).withOptions(school.options()
                        .withAlternatives(alternatives).withTimeLimitSeconds(timeLimit));
                PlanningOutcome outcome = planner.plan(staffed, Policies.none(), () -> false);
                if (outcome.status() == SolveStatus.SOLVED && !outcome.plans().isEmpty()) {
                    teachers.add(t);
                    largest.add(outcome.plans().get(0).summary().largestClass());
                    composites.add(outcome.plans().get(0).summary().composites());
                    plannings++;
                }
            }
            for (int i = 1; i < largest.size(); i++) {
                if (largest.get(i) > largest.get(i - 1)) {
                    larger.add(file.getFileName() + ": largest class " + largest.get(i - 1) + " with "
                            + teachers.get(i - 1) + " teachers and " + composites.get(i - 1) + " composites, "
                            + largest.get(i) + " with " + teachers.get(i) + " and " + composites.get(i));
                    if (composites.get(i) >= composites.get(i - 1)) {
                        largerWithAsManyComposites++;
                    }
                }
            }
        }
        return new StaffingSweep(files.size(), plannings, larger, largerWithAsManyComposites);
    }

    void print(int alternatives) {
        System.out.println();
        System.out.println("## Staffing sweep: more teachers, never a larger largest class");
        System.out.println();
        System.out.printf("Every school planned with T−2 to T+2 teachers (T: its own), %d alternatives: %d schools, "
                + "%d solved plannings. With more teachers the best plan's largest class was larger %d times, "
                + "%d of them with as many composites or more (the first level, fewest composites, may trade a "
                + "larger class for a composite fewer).%n",
                alternatives, schools, plannings, larger.size(), largerWithAsManyComposites);
        larger.forEach(line -> System.out.println("- " + line));
    }
}
