package org.classcruncher.plugins.evengroups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.Subclass;
import org.junit.jupiter.api.Test;

class EvenCompositeGroupsTest {

    private final SchoolRequest school = new SchoolRequest("S", 3, 5,
            List.of(new GradeSpec("K", 46, 10, 25, null), new GradeSpec("1", 24, 10, 25, null)),
            List.of(CompositeSpec.of("K", "1")), null);

    @Test
    void evensTheGroupsOfCompositesOfTheSameGradesKeepingEveryClassSize() {
        ClassPlan plan = ClassPlan.of(1, List.of(
                PlannedClass.of("K A", List.of(new Subclass("K", 20))),
                PlannedClass.of("K/1 A", List.of(new Subclass("K", 20), new Subclass("1", 5))),
                PlannedClass.of("K/1 B", List.of(new Subclass("K", 6), new Subclass("1", 19)))), true, null);

        ClassPlan balanced = new EvenCompositeGroups().balance(plan, school);

        assertThat(balanced.classes()).extracting(PlannedClass::total).containsExactly(20, 25, 25);
        assertThat(balanced.classes().get(0).childrenOf("K")).isEqualTo(20);
        assertThat(balanced.classes().subList(1, 3)).extracting(c -> c.childrenOf("K")).containsExactly(13, 13);
        assertThat(balanced.classes().subList(1, 3)).extracting(c -> c.childrenOf("1")).containsExactly(12, 12);
    }

    @Test
    void leavesASingleCompositeAlone() {
        ClassPlan plan = ClassPlan.of(1, List.of(
                PlannedClass.of("K A", List.of(new Subclass("K", 21))),
                PlannedClass.of("K B", List.of(new Subclass("K", 20))),
                PlannedClass.of("K/1 A", List.of(new Subclass("K", 5), new Subclass("1", 20)))), true, null);

        assertThat(new EvenCompositeGroups().balance(plan, school).classes()).isEqualTo(plan.classes());
    }
}
