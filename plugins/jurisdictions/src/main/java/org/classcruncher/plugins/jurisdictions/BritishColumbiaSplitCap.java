package org.classcruncher.plugins.jurisdictions;

import java.util.List;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.ClassSizePolicy;

/**
 * British Columbia teachers' union proposal: a split (composite) class is capped 2 below the lowest cap of its
 * grades; straight classes keep their own limits.
 */
public class BritishColumbiaSplitCap implements ClassSizePolicy {

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
    public String version() {
        return "1.0";
    }

    @Override
    public ClassSizeLimits limits(List<String> grades, SchoolRequest school) {
        ClassSizeLimits own = school.limitsOf(grades);
        if (grades.size() == 1) {
            return own;
        }
        int lowestCap = grades.stream().mapToInt(grade -> school.grade(grade).maxClassSize()).min().orElseThrow();
        int cap = Math.max(1, lowestCap - BELOW_LOWEST_CAP);
        return new ClassSizeLimits(Math.min(own.min(), cap), cap);
    }
}
