package org.classcruncher.plugins.rules.queensland;

import java.util.List;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.ClassSizePolicy;

/**
 * Queensland's class size targets as a size policy, each beside a hard cap: a class should keep to its year's
 * target (Prep to Year 3 25, Years 4 to 10 28, Years 11 and 12 25; a composite the lowest of its years') and may go
 * one or two over when it must, never more, and never above the school's own cap. Where {@link QueenslandTargets}
 * (a plan rule) leaves the caps to the school, this policy makes "one or two over" the limit.
 *
 * <p>Years the policy does not know by name keep the school's own limits and have no target.
 */
public class QueenslandClassSizes implements ClassSizePolicy {

    /** How far over its target a class may go when it must. */
    static final int MOST_OVER = 2;

    @Override
    public String id() {
        return "queensland-sizes";
    }

    @Override
    public String description() {
        return "Queensland Department of Education class size targets as a size policy: Prep to Year 3 25, Years 4 "
                + "to 10 28, Years 11 and 12 25, a composite taking the lowest of its years'. A class goes over its "
                + "target only when no plan keeps to it, and then by one or two children at most (the school's own "
                + "cap still holds).";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public ClassSizeLimits limits(List<String> grades, SchoolRequest school) {
        ClassSizeLimits own = school.limitsOf(grades);
        Integer target = grades.stream().map(QueenslandTargets::targetOf).filter(size -> size != null)
                .min(Integer::compare).orElse(null);
        if (target == null || target + MOST_OVER >= own.max()) {
            return own;
        }
        int cap = target + MOST_OVER;
        return new ClassSizeLimits(Math.min(own.min(), cap), cap);
    }

    @Override
    public Integer target(String grade, SchoolRequest school) {
        return QueenslandTargets.targetOf(grade);
    }
}
