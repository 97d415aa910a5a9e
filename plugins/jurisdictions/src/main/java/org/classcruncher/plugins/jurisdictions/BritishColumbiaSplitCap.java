package org.classcruncher.plugins.jurisdictions;

import java.util.List;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.SchoolRequest;

/**
 * British Columbia teachers' union proposal: a split (composite) class is capped 2 below the lowest cap of its
 * grades; straight classes keep their own limits.
 */
public class BritishColumbiaSplitCap extends CompositeCapPolicy {

    static final int BELOW_LOWEST_CAP = 2;

    @Override
    public String id() {
        return "british-columbia-union";
    }

    @Override
    public String description() {
        return "A split class is capped " + BELOW_LOWEST_CAP + " below the lowest cap of its grades.";
    }

    @Override
    int compositeCap(List<String> grades, SchoolRequest school, ClassSizeLimits own) {
        int lowestCap = grades.stream().mapToInt(grade -> school.grade(grade).maxClassSize()).min().orElseThrow();
        return Math.max(1, lowestCap - BELOW_LOWEST_CAP);
    }
}
