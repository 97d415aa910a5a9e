package org.classcruncher.planner;

import java.util.ArrayList;
import java.util.List;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.ClassSizePolicy;

/**
 * Applies a {@link ClassSizePolicy} to a school before planning: every grade and every allowed composite gets the
 * limits the policy gives, and a composite the policy forbids is no longer allowed. Everything after (the models,
 * the balancing, the checks of a plan's rules) then works with the policy's limits.
 */
public final class SizeRules {

    private SizeRules() {
    }

    /** The school under the policy's limits; the school itself when there is no policy. */
    public static SchoolRequest apply(ClassSizePolicy policy, SchoolRequest school, PolicyWatch watch) {
        if (policy == null) {
            return school;
        }
        PolicyCall call = watch.policy("size", policy.id());
        try {
            List<GradeSpec> grades = new ArrayList<>();
            for (GradeSpec grade : school.grades()) {
                // A straight class cannot be forbidden: a grade needs somewhere to go.
                ClassSizeLimits limits = call.call(() -> policy.limits(List.of(grade.grade()), school));
                grades.add(limits == null ? grade
                        : new GradeSpec(grade.grade(), grade.children(), limits.min(), limits.max(),
                        grade.supported()));
            }
            List<CompositeSpec> composites = new ArrayList<>();
            for (CompositeSpec composite : school.composites()) {
                ClassSizeLimits limits = call.call(() -> policy.limits(school.inGradeOrder(composite.grades()), school));
                if (limits != null) {
                    composites.add(new CompositeSpec(composite.grades(), limits.min(), limits.max()));
                }
            }
            return new SchoolRequest(school.name(), school.teachers(), school.minSubclassSize(), grades, composites,
                    school.options());
        } catch (PolicyFailure e) {
            throw e;
        } catch (RuntimeException e) {
            // Limits that contradict the school's own rules (say a minimum above a grade's children's cap).
            throw new PolicyFailure("size", policy.id(), e);
        }
    }
}
