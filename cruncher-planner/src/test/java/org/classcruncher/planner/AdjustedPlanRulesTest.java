package org.classcruncher.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.classcruncher.api.AdjustedClass;
import org.classcruncher.api.BrokenRule;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.InvalidSchoolException;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.Subclass;
import org.junit.jupiter.api.Test;

/** A plan adjusted by hand, read from what was sent and checked against the school's rules, rule by rule. */
class AdjustedPlanRulesTest {

    /** Grade 1: 40 children, grade 2: 50, classes of 10 to 25, 1/2 composites allowed, groups of at least 5. */
    private static final SchoolRequest SCHOOL = new SchoolRequest("Hand-checked", 4, 5,
            List.of(new GradeSpec("1", 40, 10, 25, null), new GradeSpec("2", 50, 10, 25, null)),
            List.of(new CompositeSpec(List.of("1", "2"), null, null)), SolveOptions.defaults());

    private static AdjustedClass straight(String label, String grade, int children) {
        return new AdjustedClass(label, List.of(new Subclass(grade, children)));
    }

    private static List<BrokenRule> check(AdjustedClass... classes) {
        return PlanRules.check(AdjustedClasses.read(List.of(classes), SCHOOL), SCHOOL);
    }

    @Test
    void aPlanKeepingEveryRuleBreaksNone() {
        assertThat(check(straight("1 A", "1", 20), straight("1 B", "1", 20), straight("2 A", "2", 25),
                straight("2 B", "2", 25))).isEmpty();
    }

    @Test
    void movingFiveChildrenIntoAFullClassBreaksItsSizeAndNamesTheClass() {
        List<BrokenRule> broken = check(straight("1 A", "1", 20), straight("1 B", "1", 20), straight("2 A", "2", 20),
                straight("2 B", "2", 30));

        assertThat(broken).singleElement().satisfies(rule -> {
            assertThat(rule.rule()).isEqualTo("size");
            assertThat(rule.label()).isEqualTo("2 B");
            assertThat(rule.message()).isEqualTo("2 B has 30 children; a class of grade 2 holds 10 to 25.");
        });
    }

    @Test
    void childrenLeftWithoutAClassBreakThePlanWideRuleOfTheirGrade() {
        List<BrokenRule> broken = check(straight("1 A", "1", 20), straight("1 B", "1", 19), straight("2 A", "2", 25),
                straight("2 B", "2", 25));

        assertThat(broken).singleElement().satisfies(rule -> {
            assertThat(rule.rule()).isEqualTo("children");
            assertThat(rule.label()).isNull();
            assertThat(rule.grade()).isEqualTo("1");
            assertThat(rule.message()).isEqualTo("Grade 1 has 40 children but 39 are placed (1 without a class).");
        });
    }

    @Test
    void aCompositeWithTooSmallAGroupAndAFifthClassBreakTheirRules() {
        List<BrokenRule> broken = check(straight("1 A", "1", 20), straight("1 B", "1", 16),
                new AdjustedClass("1/2 A", List.of(new Subclass("1", 4), new Subclass("2", 10))),
                straight("2 A", "2", 20), straight("2 B", "2", 20));

        assertThat(broken).extracting(BrokenRule::rule).containsExactly("teachers", "subclass");
        assertThat(broken.get(1).label()).isEqualTo("1/2 A");
        assertThat(broken.get(1).grade()).isEqualTo("1");
    }

    @Test
    void aCompositeTheSchoolDoesNotAllowIsNamed() {
        SchoolRequest noComposites = new SchoolRequest("Hand-checked", 4, 5, SCHOOL.grades(), List.of(),
                SolveOptions.defaults());
        List<PlannedClass> classes = AdjustedClasses.read(List.of(straight("1 A", "1", 20), straight("1 B", "1", 10),
                new AdjustedClass(null, List.of(new Subclass("1", 10), new Subclass("2", 10))),
                straight("2 A", "2", 20), straight("2 B", "2", 20)), noComposites);

        assertThat(PlanRules.check(classes, noComposites)).extracting(BrokenRule::rule, BrokenRule::label)
                .contains(org.assertj.core.groups.Tuple.tuple("allowed", "1/2 A"));
    }

    @Test
    void readsGradesInTheSchoolsOrderDropsEmptyGroupsAndNamesUnnamedClasses() {
        List<PlannedClass> classes = AdjustedClasses.read(List.of(
                new AdjustedClass("2 A", List.of(new Subclass("2", 25))),
                new AdjustedClass(" ", List.of(new Subclass("2", 12), new Subclass("1", 9))),
                new AdjustedClass(null, List.of(new Subclass("2", 13), new Subclass("1", 0)))), SCHOOL);

        assertThat(classes).extracting(PlannedClass::label).containsExactly("2 A", "1/2 A", "2 B");
        assertThat(classes.get(1).grades()).containsExactly("1", "2");
        assertThat(classes.get(2).grades()).containsExactly("2");
    }

    @Test
    void refusesWhatCannotBeReadNamingTheField() {
        assertThatThrownBy(() -> AdjustedClasses.read(List.of(straight("1 A", "1", 20), straight("3 A", "3", 5)),
                SCHOOL)).isInstanceOfSatisfying(InvalidSchoolException.class,
                        e -> assertThat(e.field()).isEqualTo("classes[1].subclasses[0].grade"));
        assertThatThrownBy(() -> AdjustedClasses.read(List.of(straight("1 A", "1", 20), straight("1 A", "1", 20)),
                SCHOOL)).isInstanceOfSatisfying(InvalidSchoolException.class,
                        e -> assertThat(e.field()).isEqualTo("classes[1].label"));
        assertThatThrownBy(() -> AdjustedClasses.read(List.of(new AdjustedClass("1 A",
                List.of(new Subclass("1", 10), new Subclass("1", 10)))), SCHOOL))
                .isInstanceOfSatisfying(InvalidSchoolException.class,
                        e -> assertThat(e.field()).isEqualTo("classes[0].subclasses[1].grade"));
        assertThatThrownBy(() -> AdjustedClasses.read(List.of(), SCHOOL))
                .isInstanceOfSatisfying(InvalidSchoolException.class, e -> assertThat(e.field()).isEqualTo("classes"));
    }
}
