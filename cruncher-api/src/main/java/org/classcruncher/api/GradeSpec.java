package org.classcruncher.api;

import java.io.Serializable;

/**
 * One grade taught at the school: how many children it has and the size rules for its straight classes.
 * Numbers are boxed so that a field left out of a JSON request is reported as missing rather than read as 0.
 *
 * @param grade        the grade's name as the school writes it ("K", "1", … "12")
 * @param children     children enrolled in the grade
 * @param minClassSize fewest children a class of this grade may have
 * @param maxClassSize most children a class of this grade may have
 * @param supported    of the children, how many have a support plan (an IEP): the planner spreads them over the
 *                     grade's classes as evenly as the classes allow, and a plan rule may cap them per class
 *                     (optional, default 0)
 */
public record GradeSpec(String grade, Integer children, Integer minClassSize,
                        Integer maxClassSize, Integer supported) implements Serializable {

    /** Larger than any class a school runs; keeps the MILP's numbers small and catches typing slips. */
    public static final int LARGEST_CLASS_SIZE = 100;

    /** Larger than any grade of any school; keeps the MILP's numbers small and catches typing slips. */
    public static final int LARGEST_GRADE = 10_000;

    /** Longest grade name ("Kindergarten", "Year 12"…). */
    public static final int MAX_GRADE_NAME = 20;

    public GradeSpec {
        grade = Checks.atMostCharacters(Checks.requiredText(grade, "grades.grade"), MAX_GRADE_NAME, "grades.grade");
        Checks.required(children, field(grade, "children"));
        Checks.atLeast(children, 0, field(grade, "children"));
        Checks.atMost(children, LARGEST_GRADE, field(grade, "children"));
        Checks.required(minClassSize, field(grade, "minClassSize"));
        Checks.atLeast(minClassSize, 1, field(grade, "minClassSize"));
        Checks.required(maxClassSize, field(grade, "maxClassSize"));
        Checks.atLeast(maxClassSize, 1, field(grade, "maxClassSize"));
        Checks.atMost(maxClassSize, LARGEST_CLASS_SIZE, field(grade, "maxClassSize"));
        supported = supported == null ? 0 : supported;
        Checks.atLeast(supported, 0, field(grade, "supported"));
        if (supported > children) {
            throw new InvalidSchoolException(field(grade, "supported"), "grade " + grade + ": supported " + supported
                    + " is more than its " + children + " children");
        }
        if (minClassSize > maxClassSize) {
            throw new InvalidSchoolException(field(grade, "minClassSize"), "grade " + grade + ": minClassSize "
                    + minClassSize + " is greater than maxClassSize " + maxClassSize);
        }
    }

    /** The same grade with {@code newSupported} children who have a support plan. */
    public GradeSpec withSupported(int newSupported) {
        return new GradeSpec(grade, children, minClassSize, maxClassSize, newSupported);
    }

    /** The JSON path of one of a grade's fields, e.g. {@code grades[K].maxClassSize}. */
    private static String field(String grade, String name) {
        return "grades[" + grade + "]." + name;
    }
}
