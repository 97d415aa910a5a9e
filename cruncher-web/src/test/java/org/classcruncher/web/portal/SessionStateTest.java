package org.classcruncher.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.classcruncher.account.boundary.AuditRecord;
import org.classcruncher.api.Adjustment;
import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.CompositeSpec;
import org.classcruncher.api.Diagnosis;
import org.classcruncher.api.GradeSpec;
import org.classcruncher.api.PlannedClass;
import org.classcruncher.api.SchoolChange;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveOptions;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.api.Subclass;
import org.classcruncher.api.Timings;
import org.classcruncher.solve.entity.SolveSummary;
import org.junit.jupiter.api.Test;

/**
 * The portal's view-scoped beans and what they hold survive serialization: nodes on the data grid keep the portal's
 * sessions there (web.xml is distributable), so a solve shown on one node is read back whole on another.
 */
class SessionStateTest {

    private static final Instant AT = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void aSolvedResultWithAnAdjustedPlanIsReadBackEqual() throws Exception {
        SchoolRequest school = new SchoolRequest("Hill Primary", 3, 5,
                List.of(new GradeSpec("K", 30, 18, 26, null), new GradeSpec("1", 30, 18, 26, null)),
                List.of(new CompositeSpec(List.of("K", "1"), null, null)), SolveOptions.defaults());
        List<PlannedClass> classes = List.of(PlannedClass.of("K A", List.of(new Subclass("K", 22))),
                PlannedClass.of("1 A", List.of(new Subclass("1", 22))),
                PlannedClass.of("K/1 A", List.of(new Subclass("K", 8), new Subclass("1", 8))));
        SolveResult solved = new SolveResult("00000000-0000-0000-0000-000000000001", school, SolveStatus.SOLVED,
                List.of(ClassPlan.of(1, classes, true, null).withRankReason("Ranked first: the fewest composites."),
                        ClassPlan.adjusted(2, classes, new Adjustment("alice", 1, AT))),
                null, null, Timings.submitted(AT), List.of("older-composites"), "2027 as planned", "node-1");

        assertThat(readBack(solved)).isEqualTo(solved);
    }

    @Test
    void anInfeasibleResultWithItsDiagnosisAndFixesIsReadBackEqual() throws Exception {
        SchoolRequest school = new SchoolRequest("Small Primary", 1, 5, List.of(new GradeSpec("K", 40, 18, 26, null)),
                List.of(), SolveOptions.defaults());
        Diagnosis diagnosis = new Diagnosis(List.of("40 children in K need 2 classes; there is 1 teacher."), 2,
                List.of("Add a teacher.", "Raise K's largest class to 40."), List.of(),
                List.of(new SchoolChange(2, null, null, null, null),
                        new SchoolChange(null, null, Map.of("K", new SchoolChange.GradeChange(null, null, 40)),
                                List.of(), List.of())));
        SolveResult infeasible = new SolveResult("00000000-0000-0000-0000-000000000002", school,
                SolveStatus.INFEASIBLE, List.of(), diagnosis, null, Timings.submitted(AT), List.of(), null, "node-2");

        assertThat(readBack(infeasible)).isEqualTo(infeasible);
    }

    @Test
    void theRowsOfTheSolveListTheAuditAndASweepAreReadBackEqual() throws Exception {
        SolveSummary summary = new SolveSummary("00000000-0000-0000-0000-000000000003", "Hill Primary",
                SolveStatus.SOLVED, AT, AT.plusSeconds(1), 3, "hill", "alice", "2027 as planned");
        AuditRecord audit = new AuditRecord(AT, "alice", "SOLVE_SUBMITTED", summary.id(), "Hill Primary");
        SweepView.Row sweep = new SweepView.Row(8, summary.id(), SolveStatus.SOLVED, null, "22.0", 1, 0, null);

        assertThat(readBack(summary)).isEqualTo(summary);
        assertThat(readBack(audit)).isEqualTo(audit);
        assertThat(readBack(sweep)).isEqualTo(sweep);
    }

    @Test
    void everyViewScopedBeanOfThePortalIsReadBackWithTheRowsItsTablesHold() throws Exception {
        SolveSummary summary = new SolveSummary("00000000-0000-0000-0000-000000000004", "Hill Primary",
                SolveStatus.SOLVED, AT, AT.plusSeconds(1), 3, "hill", "alice", null);
        SolveList solves = new SolveList();
        solves.getModel().setWrappedData(List.of(summary));
        AuditList audit = new AuditList();
        audit.getModel().setWrappedData(List.of(new AuditRecord(AT, "alice", "SOLVE_SUBMITTED", summary.id(), "")));

        // Injected fields are left empty here: the container serializes its own references to them.
        for (Serializable bean : List.of(new AccountAdmin(), new AccountEdit(), audit, new NewSolve(),
                new PlanAdjuster(), new ScenarioComparison(), new SolveDetail(), solves, new SweepView(),
                new TokenList())) {
            assertThat(readBack(bean)).as(bean.getClass().getSimpleName()).isInstanceOf(bean.getClass());
        }
        assertThat(((SolveList) readBack(solves)).getModel().getWrappedData()).isEqualTo(List.of(summary));
    }

    private static Object readBack(Object state) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
