package de.cet.backup.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Runs the application's own migrations (as Quarkus configured Flyway, including its build-time list of
 * migration files) on another schema, up to a given version: how an archive from an older schema is
 * loaded at its version and then brought up to date.
 */
@ApplicationScoped
public class ScratchSchemaMigrator {

    private final Flyway flyway;

    ScratchSchemaMigrator(Flyway flyway) {
        this.flyway = flyway;
    }

    /** Migrates {@code schema} (created if missing) to {@code version}, or to the newest when null. */
    public void migrate(DataSource target, String schema, String version) {
        Flyway.configure(Thread.currentThread().getContextClassLoader())
            .configuration(flyway.getConfiguration())
            .dataSource(target)
            .schemas(schema)
            .defaultSchema(schema)
            .createSchemas(true)
            .target(version == null ? MigrationVersion.LATEST : MigrationVersion.fromVersion(version))
            .load()
            .migrate();
    }
}
