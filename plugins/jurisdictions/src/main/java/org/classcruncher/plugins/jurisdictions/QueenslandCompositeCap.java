package org.classcruncher.plugins.jurisdictions;

import java.util.List;

import org.classcruncher.api.ClassSizeLimits;
import org.classcruncher.api.SchoolRequest;

/** Queensland-style: a composite class takes the lower (younger) grade's cap; straight classes keep their own. */
public class QueenslandCompositeCap extends CompositeCapPolicy {

    @Override
    public String id() {
        return "queensland";
    }

    @Override
    public String description() {
        return "A composite class takes the cap of its lower grade.";
    }

    @Override
    int compositeCap(List<String> grades, SchoolRequest school, ClassSizeLimits own) {
        return school.grade(grades.get(0)).maxClassSize();
    }
}
