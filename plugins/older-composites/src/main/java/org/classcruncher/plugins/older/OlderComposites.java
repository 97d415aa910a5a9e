package org.classcruncher.plugins.older;

import java.util.List;

import org.classcruncher.spi.ObjectiveWeighting;

/**
 * Where the plan needs composites, prefers them among older grades: a child in a composite costs more the younger
 * the composite's youngest grade (kindergarten most), and a 3-grade composite costs three times a 2-grade one.
 * Straight classes cost 1 a child.
 */
public class OlderComposites implements ObjectiveWeighting {

    @Override
    public String id() {
        return "older-composites";
    }

    @Override
    public String description() {
        return "Puts needed composites among older grades rather than with kindergarten, and avoids 3-grade "
                + "composites.";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public double childWeight(String grade, List<String> classGrades) {
        if (classGrades.size() == 1) {
            return 1;
        }
        int youngest = classGrades.stream().mapToInt(OlderComposites::age).min().orElse(0);
        double gradesFactor = classGrades.size() == 2 ? 1 : 3;
        return 1 + gradesFactor * (13 - youngest);
    }

    /** 0 for kindergarten ("K", "P", "R" and the like), the number for numbered grades. */
    static int age(String grade) {
        try {
            return Integer.parseInt(grade.strip());
        } catch (NumberFormatException notNumbered) {
            return 0;
        }
    }
}
