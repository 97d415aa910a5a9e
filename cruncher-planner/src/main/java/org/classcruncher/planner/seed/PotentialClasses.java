package org.classcruncher.planner.seed;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ClassType;

/**
 * Decides, before solving, which classes the seed model may open: for every grade as many straight classes as
 * could ever be filled to their minimum, and for every allowed composite as many as its grades could fill with
 * the minimum subclass size; never more than the school has teachers. Listed grade by grade, each grade's straight
 * classes followed by the composites it is the youngest grade of (the seed's order: K, K/1, K/1, 1, 1, 2).
 */
public final class PotentialClasses {

    private PotentialClasses() {
    }

    public static List<ClassType> of(SchoolRequest school) {
        List<ClassType> classes = new ArrayList<>();
        for (GradeSpec grade : school.grades()) {
            int straight = Math.min(school.teachers(), grade.children() / grade.minClassSize());
            for (int k = 0; k < straight; k++) {
                classes.add(new ClassType(List.of(grade.grade()), school.limitsOf(grade)));
            }
            for (CompositeSpec composite : school.composites()) {
                List<String> grades = school.inGradeOrder(composite.grades());
                if (grades.get(0).equals(grade.grade())) {
                    int count = Math.min(school.teachers(), mostComposites(school, composite));
                    for (int k = 0; k < count; k++) {
                        classes.add(new ClassType(grades, school.limitsOf(composite)));
                    }
                }
            }
        }
        return classes;
    }

    private static int mostComposites(SchoolRequest school, CompositeSpec composite) {
        int bySubclasses = composite.grades().stream()
                .mapToInt(grade -> school.grade(grade).children() / school.minSubclassSize())
                .min()
                .orElseThrow();
        int children = composite.grades().stream().mapToInt(grade -> school.grade(grade).children()).sum();
        return Math.min(bySubclasses, children / school.limitsOf(composite).min());
    }
}
