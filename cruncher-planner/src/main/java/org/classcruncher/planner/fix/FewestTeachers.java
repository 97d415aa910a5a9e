package org.classcruncher.planner.fix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.SolveControl;
import org.classcruncher.planner.structure.StructurePlanner;

/**
 * The fewest teachers that give a school a plan, and why one fewer is not enough. The school's grade blocks
 * ({@link GradeBlocks}) share nothing but the teachers, so the fewest classes of the school is the sum of each
 * block's fewest classes, each solved by itself (a small MILP, {@link StructurePlanner#fewestClasses}); each block's
 * optimum is proven, so their sum is exact, and the blocks' plans together are a plan with that many teachers.
 */
public final class FewestTeachers {

    /**
     * What the blocks need.
     *
     * @param fewest per block, the fewest classes of a plan of it; -1 when it has none with any number of teachers;
     *               a block the time did not settle is left out
     */
    public record Need(SchoolRequest school, Map<GradeBlocks.Block, Integer> fewest) {

        public Need {
            fewest = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fewest));
        }

        /** Whether some block has no plan, whatever the teachers. */
        public boolean blocked() {
            return fewest.containsValue(-1);
        }

        /** Whether every block was settled. */
        public boolean complete() {
            return fewest.size() == GradeBlocks.of(school).size();
        }

        /** The fewest teachers that give a plan; meaningful when {@link #complete} and not {@link #blocked}. */
        public int teachers() {
            return fewest.values().stream().mapToInt(Integer::intValue).sum();
        }

        /**
         * Why {@link #teachers()} − 1 teachers are not enough, in words: each block's fewest classes, neighbouring
         * blocks whose floor is plain arithmetic (⌈children / cap⌉) and whose caps are equal said together, e.g.
         * "grades K-3 need at least 11 classes of at most 24 (3 for K, 3 for 1, 5 for 2-3) and grade 4 at least 2 of
         * at most 30".
         */
        public String why() {
            List<String> parts = new ArrayList<>();
            List<GradeBlocks.Block> run = new ArrayList<>();
            for (GradeBlocks.Block block : fewest.keySet()) {
                boolean byCap = fewest.get(block) == block.fewestByCap();
                if (!run.isEmpty() && (!byCap || run.get(0).cap() != block.cap())) {
                    parts.add(byCaps(run, parts.isEmpty()));
                    run.clear();
                }
                if (byCap) {
                    run.add(block);
                } else {
                    parts.add(bySolving(block, parts.isEmpty()));
                }
            }
            if (!run.isEmpty()) {
                parts.add(byCaps(run, parts.isEmpty()));
            }
            return joined(parts);
        }

        private String byCaps(List<GradeBlocks.Block> run, boolean first) {
            List<String> grades = run.stream().flatMap(block -> block.grades().stream()).toList();
            int classes = run.stream().mapToInt(GradeBlocks.Block::fewestByCap).sum();
            String name = GradeBlocks.name(school, grades);
            String each = run.size() == 1 ? "" : run.stream()
                    .map(block -> block.fewestByCap() + " for " + String.join("-", block.grades().size() == 1
                            ? block.grades() : List.of(block.grades().get(0),
                            block.grades().get(block.grades().size() - 1))))
                    .reduce((a, b) -> a + ", " + b).map(text -> " (" + text + ")").orElse("");
            return first ? name + (grades.size() == 1 ? " needs" : " need") + " at least " + classes
                    + (classes == 1 ? " class" : " classes") + " of at most " + run.get(0).cap() + each
                    : name + " at least " + classes + " of at most " + run.get(0).cap() + each;
        }

        private String bySolving(GradeBlocks.Block block, boolean first) {
            int classes = fewest.get(block);
            String name = block.name(school);
            return (first ? name + (block.grades().size() == 1 ? " needs" : " need") + " at least " : name
                    + " at least ") + classes + (classes == 1 ? " class" : " classes") + " (the fewest that keep "
                    + (block.grades().size() == 1 ? "its class sizes" : "their class sizes and composite groups") + ")";
        }

        private static String joined(List<String> parts) {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        }
    }

    private final StructurePlanner planner;

    public FewestTeachers(StructurePlanner planner) {
        this.planner = planner;
    }

    /** Each block's fewest classes, those the limits did not stop. */
    public Need of(SchoolRequest school, SolveControl control) {
        Map<GradeBlocks.Block, Integer> fewest = new LinkedHashMap<>();
        for (GradeBlocks.Block block : GradeBlocks.of(school)) {
            Integer classes = planner.fewestClasses(GradeBlocks.part(school, List.of(block),
                    SchoolRequest.MAX_TEACHERS), control);
            if (classes != null) {
                fewest.put(block, classes);
            }
        }
        return new Need(school, fewest);
    }
}
