package org.classcruncher.web.portal;

import java.util.List;
import java.util.Map;

/** The grade lists of common school types, for the plan form's presets. */
final class GradePresets {

    static final Map<String, List<String>> PRESETS = Map.of(
            "K-6", List.of("K", "1", "2", "3", "4", "5", "6"),
            "K-8", List.of("K", "1", "2", "3", "4", "5", "6", "7", "8"),
            "K-12", List.of("K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
            "7-12", List.of("7", "8", "9", "10", "11", "12"));

    private GradePresets() {
    }

    /** The grades of a preset; an unknown name is a programming error of the page. */
    static List<String> grades(String preset) {
        List<String> grades = PRESETS.get(preset);
        if (grades == null) {
            throw new IllegalArgumentException("no preset " + preset);
        }
        return grades;
    }
}
