package org.classcruncher.planner;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;

/**
 * A kind of class a school may run: a straight class of one grade, or one of its allowed composites.
 *
 * @param target the soft cap a plan rule sets for such a class ({@code PlanLimit.target}), or {@code null}
 */
public record ClassType(List<String> grades, ClassSizeLimits limits, Integer target) {

    public ClassType {
        grades = List.copyOf(grades);
    }

    public ClassType(List<String> grades, ClassSizeLimits limits) {
        this(grades, limits, null);
    }

    /** The same kind of class with a soft cap. */
    public ClassType withTarget(Integer newTarget) {
        return new ClassType(grades, limits, newTarget);
    }

    /** The same kind of class holding only sizes within {@code tier} (a part of its limits, for a share rule). */
    public ClassType within(ClassSizeLimits tier) {
        return new ClassType(grades, tier, target);
    }

    /**
     * The school's class types: a straight class for every grade with children, every allowed composite all of
     * whose grades have children (a composite needs a group of each of its grades). Grades in school order.
     */
    public static List<ClassType> of(SchoolRequest school) {
        List<ClassType> types = new ArrayList<>();
        for (GradeSpec grade : school.grades()) {
            if (grade.children() > 0) {
                types.add(new ClassType(List.of(grade.grade()), school.limitsOf(grade)));
            }
        }
        for (CompositeSpec composite : school.composites()) {
            if (composite.grades().stream().allMatch(grade -> school.grade(grade).children() > 0)) {
                types.add(new ClassType(school.inGradeOrder(composite.grades()), school.limitsOf(composite)));
            }
        }
        return types;
    }

    public boolean composite() {
        return grades.size() > 1;
    }

    public boolean has(String grade) {
        return grades.contains(grade);
    }

    /** "K/1" for a K/1 composite, "2" for a straight grade 2 class. */
    public String name() {
        return String.join("/", grades);
    }

    /** The most classes of this type the school could fill: bounded by its teachers and its children. */
    public int mostClasses(SchoolRequest school) {
        int children = grades.stream().mapToInt(grade -> school.grade(grade).children()).sum();
        int most = Math.min(school.teachers(), children / limits.min());
        if (composite()) {
            for (String grade : grades) {
                most = Math.min(most, school.grade(grade).children() / school.minSubclassSize());
            }
        }
        return most;
    }
}
