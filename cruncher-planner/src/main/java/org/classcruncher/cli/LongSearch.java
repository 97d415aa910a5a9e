package org.classcruncher.cli;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;

/**
 * A generated K-12 school that the default formulation cannot settle within a minute: 2,011 children, 72 teachers,
 * every neighbouring pair and triple of grades allowed as a composite. It keeps a solve running long enough to test
 * a cancel and a time limit on the default formulation.
 */
public final class LongSearch {

    private static final int[] CHILDREN = {151, 139, 163, 147, 158, 142, 166, 149, 137, 161, 144, 155, 139};

    private LongSearch() {
    }

    public static SchoolRequest school() {
        List<String> names = new ArrayList<>(List.of("K"));
        for (int g = 1; g <= 12; g++) {
            names.add(String.valueOf(g));
        }
        List<GradeSpec> grades = new ArrayList<>();
        for (int g = 0; g < names.size(); g++) {
            grades.add(new GradeSpec(names.get(g), CHILDREN[g], 10, g < 4 ? 24 : 30, null));
        }
        List<CompositeSpec> composites = new ArrayList<>();
        for (int g = 0; g + 1 < names.size(); g++) {
            composites.add(new CompositeSpec(names.subList(g, g + 2), null, null));
        }
        for (int g = 0; g + 2 < names.size(); g++) {
            composites.add(new CompositeSpec(names.subList(g, g + 3), null, null));
        }
        return new SchoolRequest("Long search", 72, 5, grades, composites,
                SolveOptions.defaults().withAlternatives(1).withTimeLimitSeconds(60));
    }
}
