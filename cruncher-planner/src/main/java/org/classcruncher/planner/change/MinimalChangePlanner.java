package org.classcruncher.planner.change;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.Diagnosis;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.api.Subclass;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.PolicyWatch;
import org.classcruncher.planner.SizeRules;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpModel;
import org.classcruncher.planner.milp.MilpModel.Kind;
import org.classcruncher.planner.milp.MilpSolution;
import org.classcruncher.planner.rules.RuleFigures;
import org.classcruncher.planner.rules.SchoolRules;
import org.classcruncher.planner.rules.SupportedChildren;

/**
 * Re-plans a school after its inputs changed, keeping as many children as possible in the class they were in. The
 * school's rules are those of the solve it re-plans: {@link #outcome} applies the solve's size policy (as the runner
 * selects it for every solve: the options', else the district's default) with {@link SizeRules}, as the planner
 * does, so every class's limits are the policy's. Among the plans that keep every rule it
 * takes, level by level, the one that moves the fewest children relative to a reference plan, then the one with the
 * fewest composite classes, then the standard balance order: the smallest largest class, then the least sum of
 * squared class sizes (evenness), then the smallest spread of class sizes within each grade. Locked classes stay
 * exactly as they are. Solved as five MILPs, one per level, each fixing the level before it at its optimum and
 * starting from its plan.
 *
 * <p>Every class of the reference plan is a slot that keeps its grades and label; new classes come from spare slots
 * of every class type the school has ({@link ClassType}, as many as could run). For slot s and grade g, x[s,g]
 * children of g are in s, open[s] says whether s runs, y[s] = Σ_g x[s,g] is its size, and
 * stay[s,g] ≤ min(x[s,g], ref[s,g]) counts those of the reference's children who are still there:
 * <pre>
 *   Σ_s x[s,g] = children(g)                      every child placed
 *   min(s)·open[s] ≤ y[s] ≤ max(s)·open[s]         class sizes
 *   x[s,g] ≥ minSubclass·open[s]                  each grade's group in a composite
 *   Σ_s open[s] ≤ teachers
 *   L ≥ y[s]                                      the largest class
 *   E[s] ≥ (2q+1)·y[s] − q(q+1)·open[s], q = 0 … max(s)−1   E[s] ≥ y[s]², exact at integer y
 *   level 1: maximise Σ stay; 2: minimise composites open; 3: minimise L; 4: minimise Σ_s E[s];
 *   5: minimise Σ_g (u[g] − l[g])
 * </pre>
 * where u[g] and l[g] bound the straight classes of grade g from above and below.
 */
public final class MinimalChangePlanner {

    /** A class of the plan, as a slot: its grades, its label, and the reference's children (0 for a new one). */
    private record Slot(String label, List<String> grades, Map<String, Integer> reference, boolean locked,
                        ClassSizeLimits limits) {

        boolean composite() {
            return grades.size() > 1;
        }

        /** Whether the school allows such a class (a class of the reference may no longer be allowed). */
        boolean runnable() {
            return limits != null;
        }
    }

    /** Most children stay, fewest composites, smallest largest class, evenness, smallest spreads within grades. */
    private static final int LEVELS = 5;
    /** The time the last level, the spreads within grades, may take (see {@link #replan}). */
    private static final Duration TIE_BREAK = Duration.ofSeconds(1);

    private final GlpkSolver solver;

    public MinimalChangePlanner(GlpkSolver solver) {
        this.solver = solver;
    }

    /**
     * The plan for {@code school} closest to {@code reference}, or why there is none: within the limits
     * {@code school} states, so a size policy must have been applied to it already ({@link #outcome}).
     *
     * @param locked labels of the reference's classes that must stay exactly as they are
     */
    public Replanned replan(SchoolRequest school, ClassPlan reference, Set<String> locked, SolveControl control) {
        List<String> problems = new ArrayList<>();
        List<Slot> slots = slots(school, reference, locked, problems);
        if (!problems.isEmpty()) {
            return Replanned.impossible(problems);
        }
        Model model = new Model(school, slots);
        MilpSolution best = null;
        boolean proven = true;
        for (int level = 1; level <= LEVELS; level++) {
            model.aim(level);
            if (best != null) {
                model.startFrom(best);
            }
            // The spreads within grades only break ties among the evenest plans, where the sizes of a grade's classes
            // already differ by one at most wherever nothing else holds them: proving that last level can take half a
            // minute for nothing, so it has a second, and the plan it has then stands (from the evenest plan on).
            boolean tieBreak = level == LEVELS;
            SolveControl levelControl = tieBreak ? control.within(TIE_BREAK) : control;
            MilpSolution solution = solver.solve(model.milp, levelControl.remaining(), control::isCancelled);
            if (tieBreak && solution.outcome() == MilpSolution.Outcome.FEASIBLE_TIMED_OUT && !control.expired()) {
                return model.read(solution, reference, proven);
            }
            if (!solution.outcome().hasSolution()) {
                if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE && best == null) {
                    return Replanned.impossible(List.of(locked.isEmpty()
                            ? "No plan keeps every rule with these inputs."
                            : "No plan keeps every rule with these inputs and the locked classes as they are."));
                }
                if (best == null) {
                    return Replanned.stopped(solution.outcome() == MilpSolution.Outcome.CANCELLED);
                }
                proven = false;
                break; // a later level stopped: the best of the levels before it stands

            }
            best = solution;
            if (solution.outcome() != MilpSolution.Outcome.OPTIMAL) {
                proven = false;
                break;
            }
            model.fix(level, solution.objective());
        }
        return model.read(best, reference, proven);
    }

    private static List<Slot> slots(SchoolRequest school, ClassPlan reference, Set<String> locked,
                                    List<String> problems) {
        List<Slot> slots = new ArrayList<>();
        Set<String> taught = Set.copyOf(school.grades().stream().map(GradeSpec::grade).toList());
        for (PlannedClass planned : reference.classes()) {
            Map<String, Integer> children = new LinkedHashMap<>();
            planned.subclasses().forEach(subclass -> children.put(subclass.grade(), subclass.children()));
            boolean isLocked = locked.contains(planned.label());
            ClassSizeLimits limits = null;
            if (taught.containsAll(planned.grades())) {
                try {
                    limits = school.limitsOf(planned.grades());
                } catch (IllegalArgumentException notAllowed) {
                    limits = null;
                }
            }
            if (limits == null && isLocked) {
                problems.add("Class " + planned.label() + " is locked, but the school no longer allows "
                        + String.join("/", planned.grades()) + " classes.");
            }
            slots.add(new Slot(planned.label(), planned.grades(), children, isLocked, limits));
        }
        for (String label : locked) {
            if (reference.classes().stream().noneMatch(planned -> planned.label().equals(label))) {
                problems.add("The plan has no class " + label + " to lock.");
            }
        }
        // Spare slots: as many of each class type as could ever run.
        for (ClassType type : ClassType.of(school)) {
            for (int k = 0; k < type.mostClasses(school); k++) {
                slots.add(new Slot(null, type.grades(), Map.of(), false, type.limits()));
            }
        }
        return slots;
    }

    /**
     * The MILP over the slots, its columns named for reading; one method per family of rows. The columns and rows of
     * a balance level (L, E, u and l) are added when the search reaches it, so the levels before do not carry them.
     */
    private static final class Model {

        private final SchoolRequest school;
        private final List<Slot> slots;
        private final MilpModel milp = new MilpModel();
        private final Map<String, Integer>[] x;
        private final int[] open;
        /** The largest cap of any class the school allows: bounds L, u and l. */
        private final int biggest;
        /** Per stay column: {stay, its x, ref}. */
        private final List<int[]> stays = new ArrayList<>();
        private int largest = -1;
        /** E[s] per slot, -1 before level 4 (and for a slot that cannot run). */
        private final int[] evenness;
        private final Map<String, int[]> spreads = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        Model(SchoolRequest school, List<Slot> slots) {
            this.school = school;
            this.slots = slots;
            x = new Map[slots.size()];
            open = new int[slots.size()];
            evenness = new int[slots.size()];
            Arrays.fill(evenness, -1);
            biggest = slots.stream().filter(Slot::runnable).mapToInt(slot -> slot.limits().max()).max().orElse(1);
            for (int s = 0; s < slots.size(); s++) {
                x[s] = new LinkedHashMap<>();
                if (!slots.get(s).runnable()) {
                    continue; // a class of the reference the school no longer allows: it cannot run
                }
                columns(s);
                classSize(s);
                closed(s);
                subclass(s);
                stay(s);
            }
            sparesInOrder();
            placed();
            teachers();
        }

        /** The slots that may run. */
        private IntStream runnable() {
            return IntStream.range(0, slots.size()).filter(s -> slots.get(s).runnable());
        }

        /** open[s], and x[s,g] for each of its grades (a locked slot: open, and x = ref). */
        private void columns(int s) {
            Slot slot = slots.get(s);
            open[s] = milp.addColumn("open " + s, Kind.BINARY, slot.locked() ? 1 : 0, 1.0);
            for (String grade : slot.grades()) {
                int reference = slot.reference().getOrDefault(grade, 0);
                x[s].put(grade, milp.addColumn("x " + s + " " + grade, Kind.INTEGER, slot.locked() ? reference : 0,
                        slot.locked() ? (double) reference : slot.limits().max()));
            }
        }

        /** y[s] = Σ_g x[s,g], the size of slot s, as row coefficients. */
        private Map<Integer, Double> size(int s) {
            Map<Integer, Double> size = new LinkedHashMap<>();
            x[s].values().forEach(column -> size.put(column, 1.0));
            return size;
        }

        /** min(s)·open[s] ≤ y[s] ≤ max(s)·open[s]. */
        private void classSize(int s) {
            ClassSizeLimits limits = slots.get(s).limits();
            Map<Integer, Double> atLeast = size(s);
            atLeast.put(open[s], (double) -limits.min());
            milp.addAtLeast("min " + s, atLeast, 0);
            Map<Integer, Double> atMost = size(s);
            atMost.put(open[s], (double) -limits.max());
            milp.addAtMost("max " + s, atMost, 0);
        }

        /** x[s,g] ≤ max(s)·open[s]: a closed class has no children. */
        private void closed(int s) {
            double max = slots.get(s).limits().max();
            x[s].forEach((grade, column) -> milp.addAtMost("closed " + s + " " + grade,
                    Map.of(column, 1.0, open[s], -max), 0));
        }

        /** x[s,g] ≥ minSubclass·open[s] in a composite: each grade's group. */
        private void subclass(int s) {
            if (slots.get(s).composite()) {
                x[s].forEach((grade, column) -> milp.addAtLeast("subclass " + s + " " + grade,
                        Map.of(column, 1.0, open[s], (double) -school.minSubclassSize()), 0));
            }
        }

        /** stay[s,g] ≤ x[s,g], 0 ≤ stay[s,g] ≤ ref[s,g]: the reference's children still in their class. */
        private void stay(int s) {
            Slot slot = slots.get(s);
            x[s].forEach((grade, column) -> {
                int reference = slot.reference().getOrDefault(grade, 0);
                if (reference > 0) {
                    int stay = milp.addColumn("stay " + s + " " + grade, Kind.CONTINUOUS, 0, (double) reference);
                    milp.addAtMost("stays " + s + " " + grade, Map.of(stay, 1.0, column, -1.0), 0);
                    stays.add(new int[] {stay, column, reference});
                }
            });
        }

        /** Integer L ≥ y[s] for every slot: L bounds every class from above (a closed one has y = 0). */
        private void largestClass() {
            largest = milp.addColumn("L", Kind.INTEGER, 0, (double) biggest);
            runnable().forEach(s -> {
                Map<Integer, Double> below = size(s);
                below.put(largest, -1.0);
                milp.addAtMost("L " + s, below, 0);
            });
        }

        /**
         * E[s] ≥ (2q+1)·y[s] − q(q+1)·open[s] for q = 0 … max(s)−1: the chords of y² through q and q+1, so that
         * at an integer y the largest of them is y² (and 0 for a closed class).
         */
        private void evenness() {
            runnable().forEach(this::evenness);
        }

        private void evenness(int s) {
            int min = slots.get(s).limits().min();
            int max = slots.get(s).limits().max();
            int squared = milp.addColumn("E " + s, Kind.CONTINUOUS, 0, (double) max * max);
            evenness[s] = squared;
            // An open slot holds min(s) to max(s): the chords below min(s) never bind.
            for (int q = min; q <= Math.max(min, max - 1); q++) {
                Map<Integer, Double> chord = new LinkedHashMap<>();
                chord.put(squared, 1.0);
                for (int column : x[s].values()) {
                    chord.put(column, -(2.0 * q + 1));
                }
                chord.put(open[s], (double) q * (q + 1));
                milp.addAtLeast("E " + s + " " + q, chord, 0);
            }
        }

        /**
         * u[g] ≥ l[g], and u[g] ≥ y[s] and l[g] ≤ y[s] + biggest·(1 − open[s]) over the straight slots s of grade g:
         * u[g] − l[g] is at least the spread of its classes.
         */
        private void spreads() {
            for (GradeSpec grade : school.grades()) {
                int upper = milp.addColumn("u " + grade.grade(), Kind.CONTINUOUS, 0, (double) biggest);
                int lower = milp.addColumn("l " + grade.grade(), Kind.CONTINUOUS, 0, (double) biggest);
                spreads.put(grade.grade(), new int[] {upper, lower});
                milp.addAtLeast("spread " + grade.grade(), Map.of(upper, 1.0, lower, -1.0), 0);
            }
            runnable().filter(s -> !slots.get(s).composite()).forEach(this::spread);
        }

        private void spread(int s) {
            int[] bounds = spreads.get(slots.get(s).grades().get(0));
            Map<Integer, Double> above = size(s);
            above.put(bounds[0], -1.0);
            milp.addAtMost("u " + s, above, 0);
            Map<Integer, Double> below = size(s);
            below.put(bounds[1], -1.0);
            below.put(open[s], (double) -biggest);
            milp.addAtLeast("l " + s, below, -biggest);
        }

        /** open[k] ≥ open[k+1] for spare slots of one type: they are alike, so no search repeats itself. */
        private void sparesInOrder() {
            Map<List<String>, Integer> lastSpare = new HashMap<>();
            for (int s = 0; s < slots.size(); s++) {
                if (slots.get(s).label() == null && slots.get(s).runnable()) {
                    Integer previous = lastSpare.put(slots.get(s).grades(), s);
                    if (previous != null) {
                        milp.addAtLeast("spares " + s, Map.of(open[previous], 1.0, open[s], -1.0), 0);
                        // Nor in another order of their sizes: y[k] >= y[k+1] (0 once closed).
                        Map<Integer, Double> larger = size(previous);
                        size(s).forEach((column, one) -> larger.merge(column, -one, Double::sum));
                        milp.addAtLeast("sparesBySize " + s, larger, 0);
                    }
                }
            }
        }

        /** Σ_s x[s,g] = children(g): every child placed. */
        private void placed() {
            for (GradeSpec grade : school.grades()) {
                Map<Integer, Double> placed = new LinkedHashMap<>();
                for (Map<String, Integer> slot : x) {
                    Integer column = slot.get(grade.grade());
                    if (column != null) {
                        placed.put(column, 1.0);
                    }
                }
                milp.addEquality("placed " + grade.grade(), placed, grade.children());
            }
        }

        /** Σ_s open[s] ≤ teachers. */
        private void teachers() {
            Map<Integer, Double> classes = new LinkedHashMap<>();
            for (int s = 0; s < slots.size(); s++) {
                if (slots.get(s).runnable()) {
                    classes.put(open[s], 1.0);
                }
            }
            milp.addAtMost("teachers", classes, school.teachers());
        }

        /**
         * Starts the search from the plan of the level before, which keeps every row so far: its classes, stay as
         * min(x, ref), and the columns added since at their values for it (L the largest class, E[s] = y[s]²,
         * u[g] and l[g] the largest and smallest straight class of g, both 0 when g has none).
         */
        void startFrom(MilpSolution before) {
            double[] values = new double[milp.columns().size()];
            int[] y = new int[slots.size()];
            for (int s : runnable().toArray()) {
                values[open[s]] = before.intValue(open[s]);
                for (int column : x[s].values()) {
                    values[column] = before.intValue(column);
                    y[s] += before.intValue(column);
                }
            }
            stays.forEach(stay -> values[stay[0]] = Math.min(values[stay[1]], stay[2]));
            if (largest >= 0) {
                values[largest] = Arrays.stream(y).max().orElse(0);
            }
            runnable().filter(s -> evenness[s] >= 0).forEach(s -> values[evenness[s]] = (double) y[s] * y[s]);
            spreads.forEach((grade, bounds) -> {
                int[] sizes = runnable().filter(s -> !slots.get(s).composite() && slots.get(s).grades().contains(grade)
                        && values[open[s]] == 1).map(s -> y[s]).toArray();
                values[bounds[0]] = Arrays.stream(sizes).max().orElse(0);
                values[bounds[1]] = Arrays.stream(sizes).min().orElse(0);
            });
            milp.startFrom(values);
        }

        /** Sets the objective of a level, adding the columns and rows it needs. */
        void aim(int level) {
            switch (level) {
                case 3 -> largestClass();
                case 4 -> evenness();
                case 5 -> spreads();
                default -> { }
            }
            milp.minimise(objective(level));
        }

        /** Keeps the level at its optimum for the levels after it (every level's optimum is a whole number). */
        void fix(int level, double optimum) {
            milp.addAtMost("level " + level, objective(level), optimum + 1e-6);
        }

        /** Level 1 −Σ stay, 2 Σ open composites, 3 L, 4 Σ E, 5 Σ_g (u[g] − l[g]). */
        private Map<Integer, Double> objective(int level) {
            Map<Integer, Double> objective = new LinkedHashMap<>();
            switch (level) {
                case 1 -> stays.forEach(stay -> objective.put(stay[0], -1.0));
                case 2 -> {
                    for (int s = 0; s < slots.size(); s++) {
                        if (slots.get(s).composite() && slots.get(s).runnable()) {
                            objective.put(open[s], 1.0);
                        }
                    }
                }
                case 3 -> objective.put(largest, 1.0);
                case 4 -> runnable().forEach(s -> objective.put(evenness[s], 1.0));
                default -> spreads.values().forEach(bounds -> {
                    objective.put(bounds[0], 1.0);
                    objective.put(bounds[1], -1.0);
                });
            }
            return objective;
        }

        /** @param proven whether every level before the tie-break was proven optimal */
        Replanned read(MilpSolution solution, ClassPlan reference, boolean proven) {
            List<PlannedClass> classes = new ArrayList<>();
            List<String> used = new ArrayList<>(reference.classes().stream().map(PlannedClass::label).toList());
            List<Movement> movements = new ArrayList<>();
            Map<String, List<int[]>> leaving = new LinkedHashMap<>();
            Map<String, List<int[]>> arriving = new LinkedHashMap<>();
            String[] labels = new String[slots.size()];
            for (int s = 0; s < slots.size(); s++) {
                Slot slot = slots.get(s);
                boolean runs = slot.limits() != null && solution.intValue(open[s]) == 1;
                labels[s] = slot.label() != null ? slot.label() : runs ? newLabel(slot.grades(), used) : null;
                List<Subclass> subclasses = new ArrayList<>();
                for (String grade : slot.grades()) {
                    int now = runs ? solution.intValue(x[s].get(grade)) : 0;
                    int before = slot.reference().getOrDefault(grade, 0);
                    if (runs && now > 0 || runs && slot.composite()) {
                        subclasses.add(new Subclass(grade, now));
                    }
                    if (before > now) {
                        leaving.computeIfAbsent(grade, g -> new ArrayList<>()).add(new int[] {s, before - now});
                    } else if (now > before) {
                        arriving.computeIfAbsent(grade, g -> new ArrayList<>()).add(new int[] {s, now - before});
                    }
                }
                if (runs) {
                    classes.add(PlannedClass.of(labels[s], subclasses));
                }
            }
            int moved = 0;
            for (var entry : leaving.entrySet()) {
                List<int[]> to = arriving.getOrDefault(entry.getKey(), List.of());
                for (int[] from : entry.getValue()) {
                    while (from[1] > 0 && !to.isEmpty()) {
                        int[] into = to.get(0);
                        int count = Math.min(from[1], into[1]);
                        movements.add(new Movement(entry.getKey(), count, labels[from[0]], labels[into[0]]));
                        moved += count;
                        from[1] -= count;
                        into[1] -= count;
                        if (into[1] == 0) {
                            to.remove(0);
                        }
                    }
                }
            }
            // Children new to the school (a grade grew) arrive without leaving anywhere.
            for (var entry : arriving.entrySet()) {
                for (int[] into : entry.getValue()) {
                    if (into[1] > 0) {
                        movements.add(new Movement(entry.getKey(), into[1], null, labels[into[0]]));
                    }
                }
            }
            for (var entry : leaving.entrySet()) {
                for (int[] from : entry.getValue()) {
                    if (from[1] > 0) {
                        movements.add(new Movement(entry.getKey(), from[1], labels[from[0]], null));
                    }
                }
            }
            List<String> closed = new ArrayList<>();
            for (int s = 0; s < slots.size(); s++) {
                Slot slot = slots.get(s);
                if (slot.label() != null && (slot.limits() == null || solution.intValue(open[s]) == 0)) {
                    closed.add(slot.label());
                }
            }
            boolean optimal = proven;
            return Replanned.planned(ClassPlan.of(1, classes, optimal, optimal ? null : solution.gap()), moved,
                    movements, closed);
        }

        /** The class's grades and the first letter no class of the plan has yet, e.g. "2 C". */
        private static String newLabel(List<String> grades, List<String> used) {
            String type = String.join("/", grades);
            for (char letter = 'A'; ; letter++) {
                String label = type + " " + letter;
                if (!used.contains(label)) {
                    used.add(label);
                    return label;
                }
            }
        }
    }

    /** So many children of a grade go from one class to another ({@code null}: new to, or gone from, the school). */
    public record Movement(String grade, int children, String from, String to) {

        /** In words, e.g. "4 children of grade 2 move from 2 B to 2 C", "1 child of grade 1 joins 1 A". */
        public String describe() {
            boolean one = children == 1;
            String who = children + (one ? " child" : " children") + " of grade " + grade;
            if (from == null) {
                return who + (one ? " joins " : " join ") + to;
            }
            if (to == null) {
                return who + (one ? " leaves " : " leave ") + from;
            }
            return who + (one ? " moves" : " move") + " from " + from + " to " + to;
        }
    }

    /** What the re-plan found. */
    public record Replanned(ClassPlan plan, int moved, List<Movement> movements, List<String> closed,
                            List<String> problems, boolean stopped) {

        static Replanned planned(ClassPlan plan, int moved, List<Movement> movements, List<String> closed) {
            return new Replanned(plan, moved, List.copyOf(movements), List.copyOf(closed), List.of(), false);
        }

        static Replanned impossible(List<String> problems) {
            return new Replanned(null, 0, List.of(), List.of(), List.copyOf(problems), false);
        }

        static Replanned stopped(boolean cancelled) {
            return new Replanned(null, 0, List.of(), List.of(), List.of(cancelled ? "Cancelled before a plan was found."
                    : "The time limit ended before a plan was found."), true);
        }

        public boolean hasPlan() {
            return plan != null;
        }
    }

    /**
     * The re-plan as a solve's outcome, under the solve's size policy and its plan rules' caps (its weighting and
     * balancing rules do not apply: the re-plan's levels are its own, and a balancing rule would move children; the
     * plan rules' other limits are measured on the plan, and any it breaks said in the message): SOLVED with the one plan and what
     * moved, in words; INFEASIBLE saying why; or stopped by the time limit or a cancel.
     *
     * @param request  the school as the solve states it; {@code policies.sizePolicy()} sets its limits
     * @param watch    through which the size policy is called, as in {@link org.classcruncher.planner.Planner}
     * @throws org.classcruncher.planner.PolicyFailure when the size policy fails
     */
    public PlanningOutcome outcome(SchoolRequest request, Policies policies, ClassPlan reference, Set<String> locked,
                                   SolveControl control, PolicyWatch watch) {
        SchoolRequest sized = SizeRules.apply(policies.sizePolicy(), request, watch);
        SchoolRules rules = SchoolRules.of(policies.sizePolicy(), policies.rules(), sized, watch);
        SchoolRequest school = rules.capped(sized);
        List<String> plugins = new ArrayList<>();
        if (policies.sizePolicy() != null) {
            plugins.add(policies.sizePolicy().id() + "@" + policies.sizePolicy().version());
        }
        policies.rules().forEach(rule -> plugins.add(rule.id() + "@" + rule.version()));
        long start = System.nanoTime();
        Replanned replanned = replan(school, reference, locked, control);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (replanned.hasPlan()) {
            String moves = replanned.movements().stream().map(Movement::describe)
                    .collect(java.util.stream.Collectors.joining("; "));
            String closed = replanned.closed().isEmpty() ? "" : " Closed: " + String.join(", ", replanned.closed())
                    + ".";
            String message = (replanned.moved() == 0 ? "No child changes class" : (replanned.moved() == 1
                    ? "1 child changes class" : replanned.moved() + " children change class")) + " (the fewest "
                    + "possible" + (locked.isEmpty() ? "" : ", " + String.join(", ", locked.stream().sorted().toList())
                    + " kept as they were") + ")" + (moves.isEmpty() ? "." : ": " + moves + ".") + closed;
            ClassPlan closest = replanned.plan().withRankReason("The plan closest to the one it started from.");
            ClassPlan placed = SupportedChildren.dealt(closest, school, rules);
            ClassPlan withSupported = placed == null ? closest : placed;
            ClassPlan plan = withSupported.withRules(RuleFigures.of(withSupported, rules, school));
            // The fewest moves are found within the rules' caps, not their shares, averages or counts: say so.
            List<String> broken = RuleFigures.broken(plan, rules, school);
            if (!broken.isEmpty()) {
                message += " " + String.join(" ", broken);
            }
            return new PlanningOutcome(SolveStatus.SOLVED, List.of(plan), null, message, plugins, millis);
        }
        if (replanned.stopped()) {
            return new PlanningOutcome(replanned.problems().get(0).startsWith("Cancelled") ? SolveStatus.CANCELLED
                    : SolveStatus.TIMED_OUT, List.of(), null, replanned.problems().get(0), plugins, millis);
        }
        return new PlanningOutcome(SolveStatus.INFEASIBLE, List.of(),
                new Diagnosis(replanned.problems(), null, List.of(), List.of(), List.of()),
                String.join(" ", replanned.problems()), plugins, millis);
    }
}
