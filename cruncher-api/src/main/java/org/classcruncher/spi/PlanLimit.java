package org.classcruncher.spi;

import java.util.List;

/**
 * One limit a {@link PlanRule} sets on a plan, in the small vocabulary the planner writes into its model exactly.
 * "The classes of grades G" are the classes holding at least one child of some grade in G, composites included.
 * Build them with the static methods ({@code PlanLimit.shareAbove(List.of("JK", "SK", "1", "2", "3"), 20, 0.10)}).
 */
public sealed interface PlanLimit {

    /** The grades it is about; empty for a limit on the whole school. */
    List<String> grades();

    /** At most {@code share} (0 to 1) of the classes of {@code grades} may hold more than {@code size} children. */
    static PlanLimit shareAbove(List<String> grades, int size, double share) {
        return new ShareAbove(grades, size, share);
    }

    /** The classes of {@code grades} average at most {@code average} children. */
    static PlanLimit averageAtMost(List<String> grades, double average) {
        return new AverageAtMost(grades, average);
    }

    /** Every class of {@code grades} holds at most {@code size} children (a composite with any of them too). */
    static PlanLimit cap(List<String> grades, int size) {
        return new Cap(grades, size);
    }

    /** Every composite class of {@code grades} holds at most {@code size} children; straight classes keep theirs. */
    static PlanLimit compositeCap(List<String> grades, int size) {
        return new CompositeCap(grades, size);
    }

    /**
     * A soft cap: a class of {@code grades} should hold at most {@code size} children, and may go over only when no
     * plan can keep to it. Children above their class's target are a level of the objective right after fewest
     * composites; a composite takes the lowest target of its grades.
     */
    static PlanLimit target(List<String> grades, int size) {
        return new Target(grades, size);
    }

    /** Each of {@code grades} is taught in at most {@code kinds} kinds of class (its straight class, each composite). */
    static PlanLimit mostKinds(List<String> grades, int kinds) {
        return new MostKinds(grades, kinds);
    }

    /** At most {@code classes} composite classes in the school. */
    static PlanLimit mostComposites(int classes) {
        return new MostComposites(classes);
    }

    /**
     * A class of {@code grades} holds at most {@code children} children with a support plan (a grade's
     * {@code supported} children, e.g. those with an IEP).
     */
    static PlanLimit mostSupported(List<String> grades, int children) {
        return new MostSupported(grades, children);
    }

    /** See {@link PlanLimit#shareAbove}. */
    record ShareAbove(List<String> grades, int size, double share) implements PlanLimit {
        public ShareAbove {
            grades = List.copyOf(grades);
            if (size < 1 || !(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("shareAbove needs a size of 1 or more and a share from 0 to 1, got "
                        + size + " and " + share);
            }
        }
    }

    /** See {@link PlanLimit#averageAtMost}. */
    record AverageAtMost(List<String> grades, double average) implements PlanLimit {
        public AverageAtMost {
            grades = List.copyOf(grades);
            if (!(average >= 1 && average <= 1_000)) {
                throw new IllegalArgumentException("averageAtMost needs an average from 1 to 1000, got " + average);
            }
        }
    }

    /** See {@link PlanLimit#cap}. */
    record Cap(List<String> grades, int size) implements PlanLimit {
        public Cap {
            grades = List.copyOf(grades);
            if (size < 1) {
                throw new IllegalArgumentException("cap needs a size of 1 or more, got " + size);
            }
        }
    }

    /** See {@link PlanLimit#compositeCap}. */
    record CompositeCap(List<String> grades, int size) implements PlanLimit {
        public CompositeCap {
            grades = List.copyOf(grades);
            if (size < 1) {
                throw new IllegalArgumentException("compositeCap needs a size of 1 or more, got " + size);
            }
        }
    }

    /** See {@link PlanLimit#target}. */
    record Target(List<String> grades, int size) implements PlanLimit {
        public Target {
            grades = List.copyOf(grades);
            if (size < 1) {
                throw new IllegalArgumentException("target needs a size of 1 or more, got " + size);
            }
        }
    }

    /** See {@link PlanLimit#mostKinds}. */
    record MostKinds(List<String> grades, int kinds) implements PlanLimit {
        public MostKinds {
            grades = List.copyOf(grades);
            if (kinds < 1) {
                throw new IllegalArgumentException("mostKinds needs 1 kind or more, got " + kinds);
            }
        }
    }

    /**
     * Each child with a support plan counts as two children towards the cap of a class of {@code grades} (as many
     * agreements count a student with an IEP): {@code supportedCountAs(grades, 2)}.
     */
    static PlanLimit supportedCountDouble(List<String> grades) {
        return supportedCountAs(grades, 2);
    }

    /**
     * Each child with a support plan counts as {@code weight} children towards the cap of a class of {@code grades}:
     * 2, 1.5, 4/3, 1.25 … (1 + 1/m for a whole m from 1 to 10: m such children take one place more). Those weights
     * keep the planner exact (each class's room for them grows by whole steps as it holds fewer children); a weight
     * such as 3, where two more places per child let a class with one child fewer take none more, is refused. Added
     * in SPI 1.4.
     */
    static PlanLimit supportedCountAs(List<String> grades, double weight) {
        return new SupportedCountAs(grades, weight);
    }

    /**
     * Each child with a support plan counts as two: SPI 1.3's form, kept so that a 1.3 rule still loads; the planner
     * reads it as {@code supportedCountAs(grades, 2)}.
     *
     * @deprecated since SPI 1.4: {@link PlanLimit#supportedCountDouble} or {@link PlanLimit#supportedCountAs}
     */
    @Deprecated(since = "1.4")
    record SupportedCountDouble(List<String> grades) implements PlanLimit {
        public SupportedCountDouble {
            grades = List.copyOf(grades);
        }
    }

    /** See {@link PlanLimit#supportedCountAs}. */
    record SupportedCountAs(List<String> grades, double weight) implements PlanLimit {

        /** The largest m offered: a weight of 1.1. */
        public static final int MOST_SHARING = 10;

        public SupportedCountAs {
            grades = List.copyOf(grades);
            double m = 1 / (weight - 1);
            if (!(weight > 1 && weight <= 2) || Math.abs(m - Math.round(m)) > 1e-9 || Math.round(m) > MOST_SHARING) {
                throw new IllegalArgumentException("supportedCountAs needs a weight of 1 + 1/m for a whole m from 1 to "
                        + MOST_SHARING + " (2, 1.5, 1.25 …), got " + weight);
            }
        }

        /** m: how many children with a support plan take one place more than their number (1 for a weight of 2). */
        public int sharingAPlace() {
            return (int) Math.round(1 / (weight - 1));
        }
    }

    /** See {@link PlanLimit#mostSupported}. */
    record MostSupported(List<String> grades, int children) implements PlanLimit {
        public MostSupported {
            grades = List.copyOf(grades);
            if (children < 0) {
                throw new IllegalArgumentException("mostSupported needs 0 or more, got " + children);
            }
        }
    }

    /** See {@link PlanLimit#mostComposites}. */
    record MostComposites(int classes) implements PlanLimit {
        public MostComposites {
            if (classes < 0) {
                throw new IllegalArgumentException("mostComposites needs 0 or more, got " + classes);
            }
        }

        @Override
        public List<String> grades() {
            return List.of();
        }
    }
}
