package org.classcruncher.plugins.jurisdictions;

import java.util.List;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.ClassSizePolicy;

/** Scotland-style: any composite class holds at most 25 children; straight classes keep their own limits. */
public class ScotlandCompositeCap implements ClassSizePolicy {

    static final int COMPOSITE_CAP = 25;

    @Override
    public String id() {
        return "scotland";
    }

    @Override
    public String description() {
        return "Any composite class holds at most " + COMPOSITE_CAP + " children.";
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
        int cap = Math.min(own.max(), COMPOSITE_CAP);
        return new ClassSizeLimits(Math.min(own.min(), cap), cap);
    }
}
