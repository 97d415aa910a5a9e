package org.classcruncher.solve.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.classcruncher.api.ClassPlan;
import org.classcruncher.api.SchoolRequest;
import org.classcruncher.api.SolveResult;
import org.classcruncher.api.SolveStatus;
import org.classcruncher.planner.Planner;
import org.classcruncher.planner.PlanningOutcome;
import org.classcruncher.planner.Policies;
import org.classcruncher.planner.Schools;
import org.classcruncher.planner.milp.GlpkSolver;
import org.classcruncher.schema.SchemaMigration;
import org.classcruncher.solve.entity.SolveQuery;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each step of a job's life writes, read from the SQL EclipseLink (the provider Payara runs) sends to a migrated
 * H2 database: the state columns only, the request once when submitted and the result once when finished.
 */
class SolveStoreWritesTest {

    /** The statements EclipseLink ran, in order. */
    static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    /** Registered by name in the persistence unit's properties; EclipseLink creates it. */
    public static class StatementRecorder extends SessionEventAdapter {
        @Override
        public void postExecuteCall(SessionEvent event) {
            if (event.getCall() instanceof DatabaseCall call) {
                STATEMENTS.add(call.getSQLString());
            }
        }
    }

    private EntityManagerFactory factory;
    private EntityManager entityManager;
    private final SolveStore store = new SolveStore();

    @BeforeEach
    void start() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.toNewest(database);
        factory = Persistence.createEntityManagerFactory("solve-store-test", Map.of(
                "jakarta.persistence.nonJtaDataSource", database,
                "eclipselink.session-event-listener", StatementRecorder.class.getName()));
        entityManager = factory.createEntityManager();
        store.entityManager = entityManager;
    }

    @AfterEach
    void stop() {
        entityManager.close();
        factory.close();
    }

    @Test
    void eachStepWritesItsStateAndTheRequestAndResultAreWrittenOnceEach() {
        SchoolRequest school = Schools.named("typical-00");

        List<String> submitted = writes(() -> store.create(school, "riverside", "ana", null, "2027"));
        String id = store.list(new SolveQuery(0, 10, null, true, null, null, null), Viewer.everything()).items().get(0).id();
        List<String> claimed = writes(() -> store.claimNext("node-1", Instant.now().plusSeconds(30)).orElseThrow());
        List<String> renewed = writes(() -> store.renewLeases("node-1", List.of(id), Instant.now().plusSeconds(60)));
        PlanningOutcome outcome = new Planner(new GlpkSolver()).plan(school, Policies.none(), () -> false);
        List<String> finished = writes(() -> store.finish(id, 1, outcome, 12));

        assertThat(submitted).singleElement().asString().startsWith("INSERT INTO SOLVE_JOB").contains("REQUEST_JSON");
        assertThat(claimed).singleElement().asString().startsWith("UPDATE SOLVE_JOB")
                .contains("STATUS", "STARTED_AT", "NODE_ID", "CLAIM", "LEASE_UNTIL")
                .doesNotContain("REQUEST_JSON", "RESULT_JSON", "SCHOOL_NAME");
        assertThat(renewed).singleElement().asString()
                .matches("UPDATE SOLVE_JOB SET VERSION = \\(VERSION \\+ 1\\), LEASE_UNTIL = [^,]* WHERE .*");
        assertThat(finished).singleElement().asString().startsWith("UPDATE SOLVE_JOB")
                .contains("STATUS", "FINISHED_AT", "SOLVE_MILLIS", "RESULT_JSON", "PLAN_COUNT")
                .doesNotContain("REQUEST_JSON", "NODE_ID", "LEASE_UNTIL");

        SolveResult result = store.find(id).orElseThrow();
        assertThat(result.status()).isEqualTo(SolveStatus.SOLVED);
        assertThat(result.school()).isEqualTo(school);
        assertThat(result.scenario()).isEqualTo("2027");
        assertThat(result.node()).isEqualTo("node-1");
        assertThat(result.plans()).extracting(ClassPlan::rank).isEqualTo(outcome.plans().stream()
                .map(ClassPlan::rank).toList());
        assertThat(result.timings().solveMillis()).isEqualTo(12);
        assertThat(result.timings().startedAt()).isNotNull().isBeforeOrEqualTo(result.timings().finishedAt());
        assertThat(store.list(new SolveQuery(0, 10, null, true, null, null, null), Viewer.everything()).items())
                .singleElement().satisfies(line -> {
                    assertThat(line.plans()).isEqualTo(outcome.plans().size());
                    assertThat(line.status()).isEqualTo(SolveStatus.SOLVED);
                });
    }

    @Test
    void aLateFinishFromALostClaimWritesNothing() {
        SchoolRequest school = Schools.named("rural-00");
        transaction(() -> store.create(school, null, "ana", null, null));
        Claim first = transaction(() -> store.claimNext("node-1", Instant.now().minusSeconds(1)).orElseThrow());
        Claim again = transaction(() -> store.claimNext("node-2", Instant.now().plusSeconds(30)).orElseThrow());
        PlanningOutcome outcome = new Planner(new GlpkSolver()).plan(school, Policies.none(), () -> false);

        boolean late = transaction(() -> store.finish(first.id(), first.number(), outcome, 5));
        boolean recorded = transaction(() -> store.finish(again.id(), again.number(), outcome, 7));
        boolean twice = transaction(() -> store.finish(again.id(), again.number(), outcome, 9));

        assertThat(again.again()).isTrue();
        assertThat(late).as("the lost claim's finish").isFalse();
        assertThat(recorded).isTrue();
        assertThat(twice).as("a second finish of the same claim").isFalse();
        SolveResult result = store.find(first.id()).orElseThrow();
        assertThat(result.node()).isEqualTo("node-2");
        assertThat(result.message()).isEqualTo("Run again: the server that was running it (node-1) stopped.");
        assertThat(result.timings().solveMillis()).isEqualTo(7);
    }

    /** The writes (inserts, updates, deletes) the step sends, run in a transaction of its own. */
    private List<String> writes(Supplier<?> step) {
        STATEMENTS.clear();
        transaction(step);
        return STATEMENTS.stream().filter(sql -> sql.startsWith("INSERT") || sql.startsWith("UPDATE")
                || sql.startsWith("DELETE")).toList();
    }

    private <T> T transaction(Supplier<T> step) {
        entityManager.getTransaction().begin();
        try {
            T answer = step.get();
            entityManager.getTransaction().commit();
            return answer;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.clear();
        }
    }
}
