package org.classcruncher.planner.fix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ClassType;

/**
 * The school's grades (those with children) split into blocks that no allowed composite joins: a class holds
 * grades of one block only, so the blocks are planned independently and share nothing but the teachers. A school
 * has a plan exactly when every block has one and the blocks' fewest classes add up to at most its teachers.
 */
public final class GradeBlocks {

    /**
     * One block.
     *
     * @param grades   its grades, in school order
     * @param children its children
     * @param cap      the largest class any of its types may hold
     */
    public record Block(List<String> grades, int children, int cap) {

        public Block {
            grades = List.copyOf(grades);
        }

        /** A proven floor on its classes: ⌈children / cap⌉. */
        public int fewestByCap() {
            return (children + cap - 1) / cap;
        }

        /** "grade 4" or "grades 2-3" ("grades K, 2" where the grades are not neighbours). */
        public String name(SchoolRequest school) {
            return GradeBlocks.name(school, grades);
        }
    }

    private GradeBlocks() {
    }

    /** The blocks, in the order of their youngest grade. */
    public static List<Block> of(SchoolRequest school) {
        List<ClassType> types = ClassType.of(school);
        Map<String, String> parent = new LinkedHashMap<>();
        types.stream().filter(type -> !type.composite()).forEach(type -> parent.put(type.grades().get(0),
                type.grades().get(0)));
        for (ClassType type : types) {
            for (String grade : type.grades()) {
                union(parent, type.grades().get(0), grade);
            }
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (String grade : parent.keySet()) {
            members.computeIfAbsent(find(parent, grade), root -> new ArrayList<>()).add(grade);
        }
        List<Block> blocks = new ArrayList<>();
        for (List<String> grades : members.values()) {
            int children = grades.stream().mapToInt(grade -> school.grade(grade).children()).sum();
            int cap = types.stream().filter(type -> grades.containsAll(type.grades()))
                    .mapToInt(type -> type.limits().max()).max().orElseThrow();
            blocks.add(new Block(grades, children, cap));
        }
        return blocks;
    }

    /** A proven floor on the classes of any plan: the blocks' {@link Block#fewestByCap} added up. */
    public static int fewestByCaps(List<Block> blocks) {
        return blocks.stream().mapToInt(Block::fewestByCap).sum();
    }

    /**
     * The part of the school made of these blocks, with {@code teachers} teachers: their grades and the composites
     * among them.
     */
    public static SchoolRequest part(SchoolRequest school, List<Block> blocks, int teachers) {
        List<String> grades = blocks.stream().flatMap(block -> block.grades().stream()).toList();
        List<GradeSpec> specs = school.grades().stream().filter(grade -> grades.contains(grade.grade())).toList();
        List<CompositeSpec> composites = school.composites().stream()
                .filter(composite -> grades.containsAll(composite.grades())).toList();
        return new SchoolRequest(school.name(), teachers, school.minSubclassSize(), specs, composites,
                school.options());
    }

    /**
     * Whether {@code block} of {@code changed} is the same as in {@code school}: the same grades with the same
     * figures, the same composites among them and, if it has any, the same smallest group.
     */
    static boolean sameIn(SchoolRequest school, SchoolRequest changed, Block block) {
        SchoolRequest before = part(school, List.of(block), 1);
        SchoolRequest after = part(changed, List.of(block), 1);
        boolean groups = !after.composites().isEmpty() || !before.composites().isEmpty();
        return before.grades().equals(after.grades()) && Set.copyOf(before.composites()).equals(
                Set.copyOf(after.composites())) && (!groups || before.minSubclassSize().equals(after.minSubclassSize()));
    }

    /** "grade 4", "grades 2-3" for neighbours in school order, else "grades K, 2". */
    static String name(SchoolRequest school, List<String> grades) {
        if (grades.size() == 1) {
            return "grade " + grades.get(0);
        }
        List<String> ordered = school.inGradeOrder(grades);
        int first = school.gradeIndex(ordered.get(0));
        int last = school.gradeIndex(ordered.get(ordered.size() - 1));
        return last - first + 1 == ordered.size() ? "grades " + ordered.get(0) + "-" + ordered.get(ordered.size() - 1)
                : "grades " + String.join(", ", ordered);
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.put(find(parent, a), find(parent, b));
    }

    private static String find(Map<String, String> parent, String grade) {
        String root = grade;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }
}
