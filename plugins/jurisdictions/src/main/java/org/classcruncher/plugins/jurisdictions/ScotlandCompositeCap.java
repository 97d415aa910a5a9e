package org.classcruncher.plugins.jurisdictions;

import java.util.List;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.SchoolRequest;

/** Scotland-style: any composite class holds at most 25 children; straight classes keep their own limits. */
public class ScotlandCompositeCap extends CompositeCapPolicy {

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
    int compositeCap(List<String> grades, SchoolRequest school, ClassSizeLimits own) {
        return Math.min(own.max(), COMPOSITE_CAP);
    }
}
