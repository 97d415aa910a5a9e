package org.classcruncher.plugins.jurisdictions;

import java.util.List;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.spi.ClassSizePolicy;

/**
 * The common form of these rules: straight classes keep the school's own limits, a composite gets a cap of the
 * jurisdiction's (its minimum lowered to the cap where it would exceed it).
 */
abstract class CompositeCapPolicy implements ClassSizePolicy {

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public final ClassSizeLimits limits(List<String> grades, SchoolRequest school) {
        ClassSizeLimits own = school.limitsOf(grades);
        if (grades.size() == 1) {
            return own;
        }
        int cap = compositeCap(grades, school, own);
        return new ClassSizeLimits(Math.min(own.min(), cap), cap);
    }

    /**
     * The cap of a composite of {@code grades} (in the school's grade order), given the school's own limits for it.
     */
    abstract int compositeCap(List<String> grades, SchoolRequest school, ClassSizeLimits own);
}
