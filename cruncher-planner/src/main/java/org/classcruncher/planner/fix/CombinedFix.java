package org.classcruncher.planner.fix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SchoolRequest;

/**
 * Rules bent together that give a school a plan with its own teachers, as one change.
 *
 * @param bent   each bent rule with its new value (a composite's is 1: allowed)
 * @param proven whether the solver proved it the smallest of the fixes not found before
 */
public record CombinedFix(Map<Rule, Integer> bent, boolean proven) {

    public CombinedFix {
        bent = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bent));
    }

    public Set<Rule> rules() {
        return bent.keySet();
    }

    /** The change that applies it, in one click. */
    public SchoolChange change() {
        Map<String, Integer> mins = new LinkedHashMap<>();
        Map<String, Integer> maxes = new LinkedHashMap<>();
        List<String> allow = new ArrayList<>();
        Integer smallestGroup = null;
        for (Map.Entry<Rule, Integer> rule : bent.entrySet()) {
            switch (rule.getKey().kind()) {
                case LARGEST_CLASS -> maxes.put(rule.getKey().subject(), rule.getValue());
                case SMALLEST_CLASS -> mins.put(rule.getKey().subject(), rule.getValue());
                case SMALLEST_GROUP -> smallestGroup = rule.getValue();
                case COMPOSITE -> allow.add(rule.getKey().subject());
            }
        }
        Map<String, SchoolChange.GradeChange> grades = new LinkedHashMap<>();
        for (String grade : union(mins.keySet(), maxes.keySet())) {
            grades.put(grade, new SchoolChange.GradeChange(null, mins.get(grade), maxes.get(grade)));
        }
        return new SchoolChange(null, smallestGroup, grades, allow, null);
    }

    /**
     * In words: "Allowing 3/4 composites and letting grade 5's classes hold 31 together give a plan (with the 15
     * teachers the school has)."
     */
    public String words(SchoolRequest school) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Rule, Integer> rule : bent.entrySet()) {
            String subject = rule.getKey().subject();
            parts.add(switch (rule.getKey().kind()) {
                case COMPOSITE -> "allowing " + subject + " composites";
                case LARGEST_CLASS -> "letting grade " + subject + "'s classes hold " + rule.getValue()
                        + " (now " + school.grade(subject).maxClassSize() + ")";
                case SMALLEST_CLASS -> "letting grade " + subject + "'s classes be as small as " + rule.getValue()
                        + " (now " + school.grade(subject).minClassSize() + ")";
                case SMALLEST_GROUP -> "letting a grade's group in a composite be as small as " + rule.getValue()
                        + " (now " + school.minSubclassSize() + ")";
            });
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1)
                + (parts.size() == 1 ? " gives a plan" : " together give a plan") + " (with the " + school.teachers()
                + " teachers the school has).";
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(grade -> !all.contains(grade)).forEach(all::add);
        return all;
    }
}
