package org.classcruncher.api;

/**
 * One grade taught at the school: how many children it has and the size rules for its straight classes.
 *
 * @param grade        the grade's name as the school writes it ("K", "1", … "12")
 * @param children     children enrolled in the grade
 * @param minClassSize fewest children a class of this grade may have
 * @param maxClassSize most children a class of this grade may have
 */
public record GradeSpec(String grade, int children, int minClassSize, int maxClassSize) {

    /** Larger than any class a school runs; keeps the MILP's numbers small and catches typing slips. */
    public static final int LARGEST_CLASS_SIZE = 100;

    /** Larger than any grade of any school; keeps the MILP's numbers small and catches typing slips. */
    public static final int LARGEST_GRADE = 10_000;

    public GradeSpec {
        grade = Checks.requiredText(grade, "grades.grade");
        Checks.atLeast(children, 0, field("children"));
        Checks.atMost(children, LARGEST_GRADE, field("children"));
        Checks.atLeast(minClassSize, 1, field("minClassSize"));
        Checks.atLeast(maxClassSize, 1, field("maxClassSize"));
        Checks.atMost(maxClassSize, LARGEST_CLASS_SIZE, field("maxClassSize"));
        if (minClassSize > maxClassSize) {
            throw new InvalidSchoolException(field("minClassSize"), "grade " + grade + ": minClassSize "
                    + minClassSize + " is greater than maxClassSize " + maxClassSize);
        }
    }

    private String field(String name) {
        return "grades[" + grade + "]." + name;
    }
}
