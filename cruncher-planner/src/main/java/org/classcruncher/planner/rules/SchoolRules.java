package org.classcruncher.planner.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.planner.ClassType;
import org.classcruncher.planner.Objective;
import org.classcruncher.planner.PolicyCall;
import org.classcruncher.planner.PolicyFailure;
import org.classcruncher.planner.PolicyWatch;
import org.classcruncher.spi.ClassSizePolicy;
import org.classcruncher.spi.PlanLimit;
import org.classcruncher.spi.PlanRule;

/**
 * The limits the chosen {@link PlanRule}s set on one school, and the targets its size policy gives
 * ({@link ClassSizePolicy#target}), each narrowed to the grades the school teaches (a limit naming none of them is
 * dropped). The planner writes them into its model
 * ({@link org.classcruncher.planner.structure.RuleRows}) and {@link RuleFigures} measures each plan against them.
 *
 * <p>Two of them change the school's kinds of class rather than adding rows: a {@link PlanLimit.Cap} lowers the caps
 * ({@link #capped}), and a {@link PlanLimit.ShareAbove} splits each kind of class it covers into size tiers at its
 * size ({@link #types}), so that "more than 20" is a property of a tier and the share a linear row, exact.
 */
public final class SchoolRules {

    /**
     * One limit of one rule.
     *
     * @param rule  the rule's {@code id@version}
     * @param limit the limit, its grades those of the school it names, in the school's order
     */
    public record Limit(String rule, PlanLimit limit) {
    }

    private static final SchoolRules NONE = new SchoolRules(List.of());

    private final List<Limit> limits;

    private SchoolRules(List<Limit> limits) {
        this.limits = List.copyOf(limits);
    }

    public static SchoolRules none() {
        return NONE;
    }

    /**
     * Asks the size policy for its targets and each rule for its limits on {@code school} through {@code watch}. The
     * size policy's targets come first, as {@link PlanLimit.Target}s under its {@code id@version}, one per target
     * with the grades that have it: a target is the same soft cap whether a size policy or a plan rule states it.
     *
     * @param sizePolicy the solve's size policy, or {@code null}
     * @throws PolicyFailure naming the policy when it throws, runs past its budget, answers {@code null} or a target
     *                       below 1
     */
    public static SchoolRules of(ClassSizePolicy sizePolicy, List<PlanRule> rules, SchoolRequest school,
                                 PolicyWatch watch) {
        List<Limit> limits = new ArrayList<>(targetsOf(sizePolicy, school, watch));
        for (PlanRule rule : rules) {
            PolicyCall call = watch.policy("rule", rule.id());
            List<PlanLimit> stated;
            try {
                stated = call.call(() -> rule.limits(school));
            } catch (PolicyFailure e) {
                throw e;
            } catch (RuntimeException e) {
                throw new PolicyFailure("rule", rule.id(), e);
            }
            if (stated == null) {
                throw new PolicyFailure("The plan rule '" + rule.id() + "' gave no limits (null).");
            }
            String label = rule.id() + "@" + rule.version();
            for (PlanLimit limit : stated) {
                if (limit == null) {
                    throw new PolicyFailure("The plan rule '" + rule.id() + "' gave a null limit.");
                }
                PlanLimit narrowed = narrowed(limit, school);
                if (narrowed != null) {
                    limits.add(new Limit(label, narrowed));
                }
            }
        }
        return new SchoolRules(limits);
    }

    private static List<Limit> targetsOf(ClassSizePolicy policy, SchoolRequest school, PolicyWatch watch) {
        if (policy == null) {
            return List.of();
        }
        PolicyCall call = watch.policy("size", policy.id());
        Map<Integer, List<String>> gradesByTarget = new TreeMap<>();
        for (GradeSpec grade : school.grades()) {
            Integer target = call.call(() -> policy.target(grade.grade(), school));
            if (target == null) {
                continue;
            }
            if (target < 1) {
                throw new PolicyFailure("The size policy '" + policy.id() + "' gave grade " + grade.grade()
                        + " a target of " + target + ": a target is 1 or more.");
            }
            gradesByTarget.computeIfAbsent(target, size -> new ArrayList<>()).add(grade.grade());
        }
        String label = policy.id() + "@" + policy.version();
        return gradesByTarget.entrySet().stream()
                .map(target -> new Limit(label, PlanLimit.target(target.getValue(), target.getKey()))).toList();
    }

    /** The rules' ids and versions, {@code id@version}, in order. */
    public List<String> rules() {
        return limits.stream().map(Limit::rule).distinct().toList();
    }

    /**
     * The rules with a limit a plan must keep (any but a soft target), {@code id@version}, in order: those that can
     * make a school impossible.
     */
    public List<String> hardRules() {
        return limits.stream().filter(limit -> !(limit.limit() instanceof PlanLimit.Target)).map(Limit::rule)
                .distinct().toList();
    }

    /** These limits but those of {@code rule} ({@code id@version}). */
    public SchoolRules without(String rule) {
        return new SchoolRules(limits.stream().filter(limit -> !limit.rule().equals(rule)).toList());
    }

    public boolean isEmpty() {
        return limits.isEmpty();
    }

    public List<Limit> limits() {
        return limits;
    }

    /** The limits of one kind. */
    public <T extends PlanLimit> List<T> all(Class<T> kind) {
        return limits.stream().map(Limit::limit).filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Whether every limit is a soft target (or there is none), so that no limit can make a school impossible. */
    public boolean onlyTargets() {
        return all(PlanLimit.Target.class).size() == limits.size();
    }

    public boolean hasTargets() {
        return !all(PlanLimit.Target.class).isEmpty();
    }

    /** The objective under these rules: with targets, children above them right after fewest composites. */
    public Objective objective(Objective base) {
        return hasTargets() ? base.withOverTarget() : base;
    }

    /**
     * The school with every {@link PlanLimit.Cap} and {@link PlanLimit.CompositeCap} applied: each straight class and
     * each composite holding a capped grade gets the lowest cap that names it (its smallest class lowered to the cap
     * when above it).
     */
    public SchoolRequest capped(SchoolRequest school) {
        List<PlanLimit.Cap> caps = all(PlanLimit.Cap.class);
        List<PlanLimit.CompositeCap> compositeCaps = all(PlanLimit.CompositeCap.class);
        if (caps.isEmpty() && compositeCaps.isEmpty()) {
            return school;
        }
        List<GradeSpec> grades = new ArrayList<>();
        for (GradeSpec grade : school.grades()) {
            Integer cap = lowest(caps, List.of(grade.grade()));
            grades.add(cap == null || cap >= grade.maxClassSize() ? grade : new GradeSpec(grade.grade(),
                    grade.children(), Math.min(grade.minClassSize(), cap), cap, grade.supported()));
        }
        List<CompositeSpec> composites = new ArrayList<>();
        for (CompositeSpec composite : school.composites()) {
            ClassSizeLimits limits = school.limitsOf(composite);
            Integer cap = lowest(caps, composite.grades());
            Integer compositeCap = compositeCaps.stream().filter(limit -> covers(limit, composite.grades()))
                    .map(PlanLimit.CompositeCap::size).min(Integer::compare).orElse(null);
            if (compositeCap != null && (cap == null || compositeCap < cap)) {
                cap = compositeCap;
            }
            composites.add(cap == null || cap >= limits.max() ? composite
                    : new CompositeSpec(composite.grades(), Math.min(limits.min(), cap), cap));
        }
        return new SchoolRequest(school.name(), school.teachers(), school.minSubclassSize(), grades, composites,
                school.options());
    }

    /**
     * The school's kinds of class as the model plans them: each with its target, and each a share rule covers split
     * into tiers at the share's size (K 15-24 under "at most 10 % above 20" becomes K 15-20 and K 21-24).
     */
    public List<ClassType> types(SchoolRequest school) {
        List<ClassType> types = new ArrayList<>();
        for (ClassType type : withTargets(ClassType.of(school))) {
            TreeSet<Integer> cuts = new TreeSet<>();
            for (PlanLimit.ShareAbove share : all(PlanLimit.ShareAbove.class)) {
                if (covers(share, type.grades()) && share.size() >= type.limits().min()
                        && share.size() < type.limits().max()) {
                    cuts.add(share.size());
                }
            }
            int from = type.limits().min();
            for (int cut : cuts) {
                types.add(type.within(new ClassSizeLimits(from, cut)));
                from = cut + 1;
            }
            types.add(type.within(new ClassSizeLimits(from, type.limits().max())));
        }
        return types;
    }

    /**
     * A structure of the model's kinds of class ({@link #types}, size tiers included) as classes per kind of class of
     * the school ({@code plainTypes}, {@link ClassType#of}): what makes two plans different, whatever tiers their
     * classes fall in.
     */
    public static List<Integer> plainCounts(List<ClassType> types, List<Integer> counts, List<ClassType> plainTypes) {
        List<Integer> plain = new ArrayList<>();
        for (ClassType kind : plainTypes) {
            int classes = 0;
            for (int t = 0; t < types.size(); t++) {
                if (types.get(t).grades().equals(kind.grades())) {
                    classes += counts.get(t);
                }
            }
            plain.add(classes);
        }
        return plain;
    }

    /** The kinds of class with the target the rules give each: the lowest target naming any of its grades. */
    public List<ClassType> withTargets(List<ClassType> types) {
        List<PlanLimit.Target> targets = all(PlanLimit.Target.class);
        return types.stream().map(type -> type.withTarget(lowestTarget(targets, type.grades()))).toList();
    }

    /** The most children with a support plan a class of {@code classGrades} may hold; {@code null}: any number. */
    public Integer mostSupported(List<String> classGrades) {
        return all(PlanLimit.MostSupported.class).stream().filter(limit -> covers(limit, classGrades))
                .map(PlanLimit.MostSupported::children).min(Integer::compare).orElse(null);
    }

    /**
     * How many children with a support plan take one place more towards the cap of a class of {@code classGrades}
     * ({@link PlanLimit.SupportedCountAs#sharingAPlace}: 1 where each counts as two), the heaviest weight naming it;
     * {@code null} where each counts as one child.
     */
    public Integer supportedSharingAPlace(List<String> classGrades) {
        return all(PlanLimit.SupportedCountAs.class).stream().filter(limit -> covers(limit, classGrades))
                .map(PlanLimit.SupportedCountAs::sharingAPlace).min(Integer::compare).orElse(null);
    }

    /**
     * The most children with a support plan a class of {@code classGrades} holding {@code size} children under its
     * kind's cap {@code cap} may hold: no more than its children, nor than a {@code mostSupported} cap, and where they
     * count as 1 + 1/m, m for each place below the cap. The one measure the model's rows, the straight options and
     * the placing of the children share.
     */
    public int supportedHeld(List<String> classGrades, int size, int cap) {
        int held = size;
        Integer most = mostSupported(classGrades);
        if (most != null) {
            held = Math.min(held, most);
        }
        Integer sharing = supportedSharingAPlace(classGrades);
        if (sharing != null) {
            held = Math.min(held, sharing * Math.max(0, cap - size));
        }
        return held;
    }

    /** Whether a class of {@code classGrades} is one of the limit's classes (it holds one of its grades). */
    public static boolean covers(PlanLimit limit, List<String> classGrades) {
        return limit.grades().isEmpty() || limit.grades().stream().anyMatch(classGrades::contains);
    }

    private static Integer lowest(List<PlanLimit.Cap> caps, List<String> classGrades) {
        return caps.stream().filter(cap -> covers(cap, classGrades)).map(PlanLimit.Cap::size)
                .min(Integer::compare).orElse(null);
    }

    private static Integer lowestTarget(List<PlanLimit.Target> targets, List<String> classGrades) {
        return targets.stream().filter(target -> covers(target, classGrades)).map(PlanLimit.Target::size)
                .min(Integer::compare).orElse(null);
    }

    /**
     * The limit with only the school's grades, in its order; {@code null} when it names none of them. SPI 1.3's
     * {@code SupportedCountDouble} becomes {@code supportedCountAs(grades, 2)}.
     */
    @SuppressWarnings("deprecation")
    private static PlanLimit narrowed(PlanLimit limit, SchoolRequest school) {
        if (limit instanceof PlanLimit.MostComposites) {
            return limit;
        }
        List<String> taught = school.grades().stream().map(GradeSpec::grade)
                .filter(limit.grades()::contains).toList();
        if (taught.isEmpty()) {
            return null;
        }
        if (limit instanceof PlanLimit.ShareAbove share) {
            return PlanLimit.shareAbove(taught, share.size(), share.share());
        }
        if (limit instanceof PlanLimit.AverageAtMost average) {
            return PlanLimit.averageAtMost(taught, average.average());
        }
        if (limit instanceof PlanLimit.Cap cap) {
            return PlanLimit.cap(taught, cap.size());
        }
        if (limit instanceof PlanLimit.Target target) {
            return PlanLimit.target(taught, target.size());
        }
        if (limit instanceof PlanLimit.CompositeCap cap) {
            return PlanLimit.compositeCap(taught, cap.size());
        }
        if (limit instanceof PlanLimit.MostSupported supported) {
            return PlanLimit.mostSupported(taught, supported.children());
        }
        if (limit instanceof PlanLimit.SupportedCountAs counted) {
            return PlanLimit.supportedCountAs(taught, counted.weight());
        }
        if (limit instanceof PlanLimit.SupportedCountDouble) {
            return PlanLimit.supportedCountAs(taught, 2);
        }
        PlanLimit.MostKinds kinds = (PlanLimit.MostKinds) limit;
        return PlanLimit.mostKinds(taught, kinds.kinds());
    }
}
