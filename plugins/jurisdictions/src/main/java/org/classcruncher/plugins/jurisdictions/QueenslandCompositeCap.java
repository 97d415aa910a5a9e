package org.classcruncher.plugins.jurisdictions;

import java.util.List;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.ClassSizePolicy;

/** Queensland-style: a composite class takes the lower (younger) grade's cap; straight classes keep their own. */
public class QueenslandCompositeCap implements ClassSizePolicy {

    @Override
    public String id() {
        return "queensland";
    }

    @Override
    public String description() {
        return "A composite class takes the cap of its lower grade.";
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
        int lowerGradeCap = school.grade(grades.get(0)).maxClassSize();
        return new ClassSizeLimits(Math.min(own.min(), lowerGradeCap), lowerGradeCap);
    }
}
