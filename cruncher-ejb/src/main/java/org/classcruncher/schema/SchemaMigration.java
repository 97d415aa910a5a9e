package org.classcruncher.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date at start-up, before any other bean touches the database: Flyway runs the
 * migrations of {@code org/classcruncher/schema/migration}, the same for H2 and PostgreSQL. A database whose tables
 * EclipseLink's DDL generation created (before migrations existed) is taken as version 1 and migrated from there.
 * Outside a transaction: Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    /**
     * Not in a transaction, said on the method itself: a singleton's start-up method takes its transaction from its
     * own annotation, not the class's. Inside one, Flyway's own commits left the pool's first connection broken
     * ("Cannot commit when autoCommit is enabled"), and the pool then handed it to two requests at once.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        MigrateResult result = toNewest(dataSource);
        if (result.migrationsExecuted > 0) {
            String version = result.targetSchemaVersion;
            int count = result.migrationsExecuted;
            LOG.info(() -> "Database schema migrated to version " + version + " (" + count + " migrations)");
        }
    }

    /** Migrates the database behind {@code dataSource} to the newest schema. */
    public static MigrateResult toNewest(DataSource dataSource) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:org/classcruncher/schema/migration")
                .javaMigrations(new V2__InstantsAsTimestamps(), new V9__JobStateFromResults())
                .baselineVersion("1")
                .baselineDescription("tables created by EclipseLink")
                .load();
        if (createdByEclipseLink(dataSource)) {
            flyway.baseline();
        }
        return flyway.migrate();
    }

    /** Whether the tables exist but Flyway has never run here. */
    private static boolean createdByEclipseLink(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Tables.exists(connection, "SOLVE_JOB") && !Tables.exists(connection, "flyway_schema_history");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's tables: " + e.getMessage(), e);
        }
    }
}
