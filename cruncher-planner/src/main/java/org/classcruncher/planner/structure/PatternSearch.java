package org.classcruncher.planner.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ChildWeights;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.ObjectiveLevel;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.planner.milp.MilpModel;
import org.classcruncher.planner.milp.MilpSolution;

/**
 * The default formulation's optimum found by splitting the search by composite pattern: the same answer as the one
 * model ({@link MonolithicSearch}), level for level, in a fraction of the time. The formulation is written out in
 * {@code docs/model.md}.
 *
 * <p>The first level, fewest composites, is a number V; every plan with V composites has one of the patterns of V
 * composite classes ({@link CompositePattern}). So: V = 0 when a straight-only structure not found before exists (a
 * depth-first search, no MILP); else V from 1 upward, each pattern of V tried. The patterns whose bound on classes
 * is the highest get one MILP each for the spreads ({@link PatternModel#spreads()}) at that many classes, at most the
 * best so far less one, skipped when their floor already reaches it; only if none reaches that many classes is "most
 * classes" solved per pattern first. With a weighting, the patterns tying on the spreads are compared on the
 * weighted children.
 *
 * <p>Above {@value #MOST_PATTERNS} patterns of one V it hands over to the one model (pruned); after about
 * {@value #EMPTY_PATTERNS} patterns without a plan since the last plan or probe (a pattern the cheap checks refuse
 * counting a tenth, those of the last plan's V none), one probe on the one model finds the next V that has any plan.
 */
public final class PatternSearch implements StructureSearch {

    static final int MOST_PATTERNS = 20_000;
    static final int EMPTY_PATTERNS = 40;

    private final GlpkSolver solver;
    private final MonolithicSearch fallback;
    private final StructureModelBuilder builder = new StructureModelBuilder(true);

    public PatternSearch(GlpkSolver solver) {
        this.solver = solver;
        this.fallback = new MonolithicSearch(solver, true);
    }

    @Override
    public Alternatives of(SchoolRequest school, ChildWeights weights, boolean weighted) {
        return new Search(school, weights, weighted);
    }

    /** What is known of one pattern: a floor under its balance at the most classes, and its best plan while valid. */
    private static final class Known {
        private Balance floor = new Balance(0, 0);
        private Structure best;
        /** Proven: no plan of this pattern has as many classes as its bound. */
        private boolean unreachable;
    }

    /** One pattern to try, with what its cheap bounds say. */
    private record Candidate(CompositePattern pattern, List<List<Integer>> straightCounts, int mostClasses,
                             Balance floor) {
    }

    /** The search of one school, remembering per pattern what earlier plans taught it. */
    private final class Search implements Alternatives {

        private final SchoolRequest school;
        private final ChildWeights weights;
        private final boolean weighted;
        private final List<ClassType> types;
        private final int largestCap;
        private final List<List<Integer>> runCounts;
        private final Map<CompositePattern, Known> known = new HashMap<>();
        private final Map<Integer, List<Candidate>> candidates = new HashMap<>();
        private int lowestComposites;
        private int emptyPatterns;

        Search(SchoolRequest school, ChildWeights weights, boolean weighted) {
            this.school = school;
            this.weights = weights;
            this.weighted = weighted;
            this.types = ClassType.of(school);
            this.largestCap = types.stream().mapToInt(type -> type.limits().max()).max().orElse(0);
            this.runCounts = RunCounts.of(school, types);
        }

        @Override
        public SearchStep next(List<List<Integer>> found, SolveControl control) {
            if (!found.isEmpty()) {
                forget(found.get(found.size() - 1));
            }
            CompositePattern straightOnly = CompositePattern.straightOnly(types);
            if (lowestComposites == 0 && hasUnfoundStraightStructure(school, types, straightOnly, found)) {
                return best(candidates(0, control), found, control);
            }
            int mostComposites = RunCounts.mostComposites(types, runCounts);
            // The fewest composites of the plans left never falls as plans are found.
            for (int v = Math.max(1, lowestComposites); v <= Math.min(mostComposites, school.teachers()); v++) {
                if (control.isCancelled() || control.expired()) {
                    return stopped(control);
                }
                List<Candidate> patterns = candidates(v, control);
                if (patterns == null) {
                    return control.isCancelled() || control.expired() ? stopped(control)
                            : fallback.next(school, weights, weighted, found, control);
                }
                SearchStep step = best(patterns, found, control);
                if (step.structure() != null || step.stop() != MilpSolution.Outcome.INFEASIBLE) {
                    lowestComposites = v;
                    emptyPatterns = 0;
                    return step;
                }
                if (v == lowestComposites) {
                    // The last plan's number of composites, now used up: its empty patterns say nothing of the
                    // numbers above it.
                    emptyPatterns = 0;
                }
                if (emptyPatterns >= EMPTY_PATTERNS) {
                    emptyPatterns = 0;
                    FewestComposites next = fewestComposites(school, found, v + 1, control);
                    if (next.outcome() == MilpSolution.Outcome.INFEASIBLE) {
                        return SearchStep.none();
                    }
                    if (next.outcome() != MilpSolution.Outcome.OPTIMAL) {
                        return control.isCancelled() || control.expired() ? stopped(control)
                                : fallback.next(school, weights, weighted, found, control);
                    }
                    v = next.composites() - 1;
                }
            }
            return SearchStep.none();
        }

        /** A structure just found may have been its pattern's best: that pattern must be solved again. */
        private void forget(List<Integer> structure) {
            known.forEach((pattern, knowledge) -> {
                if (pattern.matches(structure, types)) {
                    knowledge.best = null;
                }
            });
        }

        /**
         * The best structure among these patterns (all of the same number of composites), or
         * {@link SearchStep#none()} when none of them has a plan not found before.
         */
        private SearchStep best(List<Candidate> candidates, List<List<Integer>> found, SolveControl control) {
            if (candidates == null) {
                return stopped(control);
            }
            if (candidates.isEmpty()) {
                return SearchStep.none();
            }
            int most = candidates.get(0).mostClasses();
            List<Candidate> reachingBound = candidates.stream().filter(c -> c.mostClasses() == most)
                    .sorted(Comparator.comparing(this::floor)).toList();
            // Most plans have as many classes as the bound allows (often: every teacher); then the balance MILPs at
            // that many classes settle level 2 with the balance levels.
            SearchStep step = bestBalance(reachingBound, most, found, control, !weighted);
            if (step.structure() != null || step.stop() != MilpSolution.Outcome.INFEASIBLE) {
                return step;
            }
            return mostClassesFirst(candidates, found, control);
        }

        /**
         * The patterns of {@code composites} composite classes that pass the cheap checks, most classes first; the
         * same for every plan of the school, so worked out once. {@code null} when there are too many to try one by
         * one, or the limits stopped it.
         */
        private List<Candidate> candidates(int composites, SolveControl control) {
            List<Candidate> known = candidates.get(composites);
            if (known != null) {
                return known;
            }
            List<CompositePattern> patterns = composites == 0
                    ? List.of(CompositePattern.straightOnly(types))
                    : CompositePattern.withComposites(school, types, runCounts, composites, MOST_PATTERNS);
            if (patterns == null) {
                return null;
            }
            List<Candidate> passing = new ArrayList<>();
            for (CompositePattern pattern : patterns) {
                if (control.isCancelled() || control.expired()) {
                    return null;
                }
                List<List<Integer>> straightCounts = pattern.straightCounts(school, types);
                if (straightCounts != null) {
                    int mostClasses = pattern.mostClasses(school, straightCounts);
                    passing.add(new Candidate(pattern, straightCounts, mostClasses,
                            pattern.floor(school, types, straightCounts, mostClasses)));
                }
            }
            passing.sort(Comparator.comparingInt(Candidate::mostClasses).reversed());
            emptyPatterns += (patterns.size() - passing.size()) / 10;
            candidates.put(composites, passing);
            return passing;
        }

        /** Level 2 by itself: most classes over all patterns, then the balance among those reaching it. */
        private SearchStep mostClassesFirst(List<Candidate> candidates, List<List<Integer>> found,
                                            SolveControl control) {
            int mostClasses = Integer.MIN_VALUE;
            List<Candidate> reaching = new ArrayList<>();
            for (Candidate candidate : candidates) {
                if (candidate.mostClasses() < mostClasses) {
                    break;
                }
                if (control.isCancelled() || control.expired()) {
                    return stopped(control);
                }
                PatternModel model = PatternModel.unbalanced(school, types, candidate.pattern(),
                        candidate.straightCounts(), found);
                if (model.empty()) {
                    continue;
                }
                MilpModel milp = model.milp().copy();
                if (!model.classes().isEmpty() && mostClasses > Integer.MIN_VALUE) {
                    milp.addAtLeast("cutoff", model.classes(), (double) mostClasses - model.fixedClasses());
                }
                milp.maximise(model.classes());
                MilpSolution solution = solver.solve(milp, control.remaining(), control.cancelled());
                if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE) {
                    emptyPatterns++;
                    continue;
                }
                if (solution.outcome() != MilpSolution.Outcome.OPTIMAL) {
                    return SearchStep.cut(solution.outcome().hasSolution() ? model.read(solution) : null, solution);
                }
                int classes = model.fixedClasses() - (int) Math.round(solution.objective());
                if (classes < mostClasses) {
                    continue;
                }
                if (classes > mostClasses) {
                    mostClasses = classes;
                    reaching.clear();
                }
                reaching.add(candidate);
            }
            if (reaching.isEmpty()) {
                return SearchStep.none();
            }
            return bestBalance(reaching, mostClasses, found, control, false);
        }

        /**
         * The balance levels among plans of exactly {@code classes} classes: each pattern must beat the best so far
         * (or tie, with a weighting), so a pattern whose floor already reaches it is skipped. Per pattern, the
         * largest class at most the best's, then at that largest class the squares and grade spreads, below the
         * best's when the largest class ties.
         *
         * @param remember whether what is learnt holds for later plans ({@code classes} is the patterns' bound)
         */
        private SearchStep bestBalance(List<Candidate> candidates, int classes, List<List<Integer>> found,
                                       SolveControl control, boolean remember) {
            Balance best = Balance.WORST;
            Structure bestStructure = null;
            List<Tied> tied = new ArrayList<>();
            for (Candidate candidate : candidates) {
                if (control.isCancelled() || control.expired()) {
                    return SearchStep.cut(bestStructure, MilpSolution.without(control.isCancelled()
                            ? MilpSolution.Outcome.CANCELLED : MilpSolution.Outcome.TIMED_OUT));
                }
                Known knowledge = remember ? known.computeIfAbsent(candidate.pattern(), p -> new Known()) : null;
                Balance floor = remember ? floor(candidate) : candidate.floor();
                int beyond = floor.compareTo(best);
                if (beyond > 0 || beyond == 0 && !weighted || knowledge != null && knowledge.unreachable) {
                    continue;
                }
                if (knowledge != null && knowledge.best != null) {
                    // Still this pattern's best: no structure found since has its composites.
                    best = knowledge.floor;
                    bestStructure = knowledge.best;
                    continue;
                }
                // The pattern's least largest class, in its model bounded by the best's (no better plan has a larger
                // one); then at that largest class, the squares and spreads. Where the floor already reaches the
                // bound, the largest class can only be the bound, and one MILP settles the pattern.
                int most = best == Balance.WORST ? largestCap : best.largest();
                PatternModel model = floor.largest() < most
                        ? PatternModel.forLargest(school, types, candidate.pattern(), candidate.straightCounts(), found,
                        most)
                        : PatternModel.forBalance(school, types, candidate.pattern(), candidate.straightCounts(), found,
                        most);
                if (model.impossible()) {
                    refuted(knowledge, new Balance(most + 1, 0));
                    continue;
                }
                if (model.empty() || model.classes().isEmpty() && model.fixedClasses() != classes) {
                    // Every structure of the pattern found before, or its classes fixed at another number.
                    continue;
                }
                int largest = most;
                if (floor.largest() < most) {
                    MilpSolution least = solver.solve(atClasses(model, classes, model.largest()), control.remaining(),
                            control.cancelled());
                    if (least.outcome() == MilpSolution.Outcome.INFEASIBLE) {
                        refuted(knowledge, new Balance(most + 1, 0));
                        continue;
                    }
                    if (least.outcome() != MilpSolution.Outcome.OPTIMAL) {
                        return SearchStep.cut(bestStructure, least);
                    }
                    largest = (int) Math.round(least.objective());
                    model = PatternModel.forBalance(school, types, candidate.pattern(), candidate.straightCounts(),
                            found, largest);
                }
                MilpSolution solution = evenest(model, classes, largest, best, control);
                if (solution.outcome() == MilpSolution.Outcome.INFEASIBLE) {
                    // Under the cutoff: nothing at the best's largest class as even as allowed; else nothing at all.
                    refuted(knowledge, largest == best.largest() ? new Balance(largest, allowedEvenGrades(best) + 1)
                            : new Balance(largest + 1, 0));
                    continue;
                }
                if (solution.outcome() != MilpSolution.Outcome.OPTIMAL) {
                    // Under the cutoffs, any plan this search found is at least as good as the best before it.
                    return SearchStep.cut(solution.outcome().hasSolution() ? model.read(solution) : bestStructure,
                            solution);
                }
                Balance balance = new Balance(largest, model.fixedEvenGrades() + Math.round(solution.objective()));
                Structure structure = model.read(solution);
                if (knowledge != null) {
                    knowledge.floor = balance;
                    knowledge.best = structure;
                }
                if (balance.betterThan(best)) {
                    best = balance;
                    bestStructure = structure;
                    tied.clear();
                }
                tied.add(new Tied(model, balance));
            }
            if (bestStructure == null) {
                return SearchStep.none();
            }
            if (!weighted) {
                return SearchStep.proven(bestStructure);
            }
            Balance winning = best;
            return lightest(tied.stream().filter(t -> t.balance().equals(winning)).map(Tied::model).toList(),
                    classes, best, weights, bestStructure, control);
        }

        /**
         * The least squares and grade spreads of the pattern's plans of {@code classes} classes in its model bounded
         * by {@code largest}; when that is the best's largest class, only below the best's (or equal, with a
         * weighting).
         */
        private MilpSolution evenest(PatternModel model, int classes, int largest, Balance best,
                                     SolveControl control) {
            MilpModel evenest = atClasses(model, classes, model.evenGrades());
            if (largest == best.largest()) {
                evenest.addAtMost("cutoff[evenGrades]", model.evenGrades(),
                        (double) (allowedEvenGrades(best) - model.fixedEvenGrades()));
            }
            return solver.solve(evenest, control.remaining(), control.cancelled());
        }

        /** At the best's largest class, a pattern must beat its squares and spreads (or tie, with a weighting). */
        private long allowedEvenGrades(Balance best) {
            return weighted ? best.evenGrades() : best.evenGrades() - 1;
        }

        /** The pattern's model at exactly {@code classes} classes, minimising {@code objective}. */
        private MilpModel atClasses(PatternModel model, int classes, Map<Integer, Double> objective) {
            MilpModel milp = model.milp().copy();
            if (!model.classes().isEmpty()) {
                milp.addEquality("lexicographic[classes]", model.classes(), (double) classes - model.fixedClasses());
            }
            milp.minimise(objective);
            return milp;
        }

        /**
         * No plan of the pattern beats the best, and {@code proven} is what the refuting MILP showed: every plan of
         * the pattern is at least that. Kept as the pattern's floor, it spares the pattern at later plans as long as
         * their best is no worse. Above the largest cap, it means the pattern has no plan of that many classes.
         */
        private void refuted(Known knowledge, Balance proven) {
            if (proven.largest() > largestCap) {
                if (knowledge != null) {
                    knowledge.unreachable = true;
                }
                emptyPatterns++;
            } else if (knowledge != null) {
                knowledge.floor = knowledge.floor.max(proven);
            }
        }

        /** The highest floor known under a pattern's balance at its most classes. */
        private Balance floor(Candidate candidate) {
            Known knowledge = known.get(candidate.pattern());
            return knowledge == null ? candidate.floor() : knowledge.floor.max(candidate.floor());
        }
    }

    /** A pattern's model and the balance it reached. */
    private record Tied(PatternModel model, Balance balance) {
    }

    /** Among patterns tying on every other level, the plan with the least weighted children. */
    private SearchStep lightest(List<PatternModel> tied, int classes, Balance balance, ChildWeights weights,
                                Structure first, SolveControl control) {
        double lightest = Double.POSITIVE_INFINITY;
        Structure best = first;
        for (PatternModel model : tied) {
            MilpModel milp = model.milp().copy();
            if (!model.classes().isEmpty()) {
                milp.addEquality("lexicographic[classes]", model.classes(), (double) classes - model.fixedClasses());
            }
            milp.addAtMost("lexicographic[largestClass]", model.largest(), balance.largest() + 1e-6);
            milp.addAtMost("lexicographic[evenGrades]", model.evenGrades(),
                    balance.evenGrades() - model.fixedEvenGrades() + 1e-6);
            Map<Integer, Double> weighted = model.weightedChildren(weights);
            milp.minimise(weighted);
            MilpSolution solution = solver.solve(milp, control.remaining(), control.cancelled());
            if (solution.outcome() != MilpSolution.Outcome.OPTIMAL) {
                return SearchStep.cut(best, solution);
            }
            double weight = model.fixedWeight(weights) + solution.objective();
            // The same tolerance as the one model's row fixing this level.
            if (Double.isInfinite(lightest) || weight < lightest - 1e-9 * Math.max(1, Math.abs(lightest))) {
                lightest = weight;
                best = model.read(solution);
            }
        }
        return SearchStep.proven(best);
    }

    /** Whether some straight-only structure keeps the teachers and was not found before: a depth-first search. */
    static boolean hasUnfoundStraightStructure(SchoolRequest school, List<ClassType> types,
                                                       CompositePattern straightOnly, List<List<Integer>> found) {
        List<List<Integer>> counts = straightOnly.straightCounts(school, types);
        if (counts == null) {
            return false;
        }
        List<List<Integer>> straightFound = found.stream().filter(f -> straightOnly.matches(f, types)).toList();
        int[] fewestAfter = new int[types.size() + 1];
        for (int t = types.size() - 1; t >= 0; t--) {
            fewestAfter[t] = fewestAfter[t + 1] + (counts.get(t).isEmpty() ? 0 : counts.get(t).get(0));
        }
        return unfound(counts, fewestAfter, 0, school.teachers(), new ArrayList<>(), straightFound);
    }

    private static boolean unfound(List<List<Integer>> counts, int[] fewestAfter, int type, int teachersLeft,
                                   List<Integer> chosen, List<List<Integer>> found) {
        if (type == counts.size()) {
            return !found.contains(chosen);
        }
        if (counts.get(type).isEmpty()) {
            chosen.add(0);
            boolean unfound = unfound(counts, fewestAfter, type + 1, teachersLeft, chosen, found);
            chosen.remove(chosen.size() - 1);
            return unfound;
        }
        for (int k : counts.get(type)) {
            if (k + fewestAfter[type + 1] > teachersLeft) {
                break;
            }
            chosen.add(k);
            // A prefix no structure found before starts with completes to an unfound structure at once.
            List<List<Integer>> matching = found.stream().filter(f -> f.subList(0, chosen.size()).equals(chosen))
                    .toList();
            boolean unfound = matching.isEmpty()
                    || unfound(counts, fewestAfter, type + 1, teachersLeft - k, chosen, matching);
            chosen.remove(chosen.size() - 1);
            if (unfound) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the one model says of the plans not found before: {@code OPTIMAL} with the fewest composites of any of
     * them, {@code INFEASIBLE} when there is none, or why it stopped.
     */
    private record FewestComposites(MilpSolution.Outcome outcome, int composites) {
    }

    /** The fewest composites of any plan not found before with at least {@code atLeast} composites. */
    private FewestComposites fewestComposites(SchoolRequest school, List<List<Integer>> found, int atLeast,
                                              SolveControl control) {
        StructureModel model = builder.build(school, ChildWeights.equal(), false, false, found);
        MilpModel milp = model.milp().copy();
        Map<Integer, Double> composites = new LinkedHashMap<>(model.level(ObjectiveLevel.COMPOSITES).coefficients());
        milp.addAtLeast("atLeast", composites, atLeast);
        milp.minimise(composites);
        MilpSolution solution = solver.solve(milp, control.remaining(), control.cancelled());
        return new FewestComposites(solution.outcome(), solution.outcome() == MilpSolution.Outcome.OPTIMAL
                ? (int) Math.round(solution.objective()) : 0);
    }

    private static SearchStep stopped(SolveControl control) {
        return new SearchStep(null, false, null, control.isCancelled() ? MilpSolution.Outcome.CANCELLED
                : MilpSolution.Outcome.TIMED_OUT);
    }
}
