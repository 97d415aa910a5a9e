package org.classcruncher.planner;

import java.util.List;

import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;

/** The seed's worked example: grades K, 1 and 2 with 32, 57 and 21 children, K/1 composites allowed. */
public final class SeedSchool {

    private SeedSchool() {
    }

    public static SchoolRequest withTeachers(int teachers) {
        return new SchoolRequest("Seed example", teachers, 5,
                List.of(new GradeSpec("K", 32, 10, 25, null), new GradeSpec("1", 57, 10, 25, null), new GradeSpec("2", 21, 10, 25, null)),
                List.of(CompositeSpec.of("K", "1")), null);
    }

    /** The seed's potential classes: one straight K, two K/1, two straight 1st, one straight 2nd. */
    public static List<ClassType> potentialClasses(SchoolRequest school) {
        var k = new ClassType(List.of("K"), school.limitsOf(school.grade("K")));
        var k1 = new ClassType(List.of("K", "1"), school.limitsOf(school.composites().get(0)));
        var first = new ClassType(List.of("1"), school.limitsOf(school.grade("1")));
        var second = new ClassType(List.of("2"), school.limitsOf(school.grade("2")));
        return List.of(k, k1, k1, first, first, second);
    }
}
