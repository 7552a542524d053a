package de.cet.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExceptionHandler;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.TargetDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entity mappings say exactly what the Flyway migrations create. The test profile already refuses
 * to start when Hibernate's schema validation fails (a column of another type, a missing table), but
 * validation forgives a wrong length, precision or nullability; this test does not. It migrates a
 * scratch schema of the test database with the application's migrations, builds Hibernate's metadata
 * of every entity, asks Hibernate's own schema migrator what it would change there (nothing, when every
 * type, length, precision and scale agrees) and compares every mapped column's nullability.
 */
class EntityMappingTest {

    static final String SCHEMA = "cet_mapping_check";

    static String url;
    static String user;
    static String password;
    static StandardServiceRegistry registry;
    static Metadata metadata;

    @BeforeAll
    static void migrateAScratchSchemaAndReadTheMappings() {
        url = env("CET_TEST_DB_URL", "jdbc:postgresql://localhost:5432/cet_test");
        user = env("CET_TEST_DB_USERNAME", "postgres");
        password = env("CET_TEST_DB_PASSWORD", "postgres");
        Flyway flyway = Flyway.configure().dataSource(url, user, password).schemas(SCHEMA).defaultSchema(SCHEMA)
            .locations("classpath:db/migration").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        registry = new StandardServiceRegistryBuilder()
            .applySetting("jakarta.persistence.jdbc.url", url)
            .applySetting("jakarta.persistence.jdbc.user", user)
            .applySetting("jakarta.persistence.jdbc.password", password)
            .applySetting("hibernate.default_schema", SCHEMA)
            .applySetting("hibernate.connection.pool_size", "1")
            .build();
        MetadataSources sources = new MetadataSources(registry);
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.cet")) {
            if (c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class) || c.isAnnotatedWith(Converter.class)) {
                sources.addAnnotatedClass(c.reflect());
            }
        }
        metadata = sources.buildMetadata();
    }

    @AfterAll
    static void dropTheScratchSchema() throws Exception {
        StandardServiceRegistryBuilder.destroy(registry);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void hibernateWouldChangeNothingInTheMigratedSchema() {
        ExecutionOptions options = options(registry);
        SchemaManagementTool tool = registry.getService(SchemaManagementTool.class);

        tool.getSchemaValidator(options.getConfigurationValues()).doValidation(metadata, options, ContributableMatcher.ALL);
        List<String> statements = new ArrayList<>();
        tool.getSchemaMigrator(options.getConfigurationValues()).doMigration(metadata, options,
            ContributableMatcher.ALL, script(statements));

        assertEquals(List.of(), statements, "mappings that disagree with the migrations (fix the mapping, "
            + "or add a migration if the database is what is wrong)");
    }

    @Test
    void everyMappedColumnHasTheDatabasesNullability() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        try (Connection c = DriverManager.getConnection(url, user, password); PreparedStatement ps = c.prepareStatement("""
                select a.attnotnull from pg_attribute a join pg_class t on t.oid = a.attrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = ? and t.relname = ? and a.attname = ? and a.attnum > 0 and not a.attisdropped""")) {
            for (Table table : metadata.collectTableMappings()) {
                for (Column column : table.getColumns()) {
                    ps.setString(1, SCHEMA);
                    ps.setString(2, table.getName());
                    ps.setString(3, column.getName());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            mismatches.add(table.getName() + "." + column.getName() + " is mapped but does not exist");
                            continue;
                        }
                        compared++;
                        boolean notNullInDatabase = rs.getBoolean(1);
                        if (notNullInDatabase == column.isNullable()) {
                            mismatches.add(table.getName() + "." + column.getName() + ": the database says "
                                + (notNullInDatabase ? "not null" : "null") + ", the mapping "
                                + (column.isNullable() ? "nullable" : "nullable = false"));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertFalse(compared < 100, "compared only " + compared + " columns: is the metadata complete?");
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static ExecutionOptions options(ServiceRegistry registry) {
        Map<String, Object> settings = new HashMap<>(registry.getService(ConfigurationService.class).getSettings());
        return new ExecutionOptions() {
            @Override
            public Map<String, Object> getConfigurationValues() {
                return settings;
            }

            @Override
            public boolean shouldManageNamespaces() {
                return false;
            }

            @Override
            public ExceptionHandler getExceptionHandler() {
                return e -> {
                    throw e;
                };
            }
        };
    }

    static TargetDescriptor script(List<String> statements) {
        ScriptTargetOutput output = new ScriptTargetOutput() {
            @Override
            public void prepare() {}

            @Override
            public void accept(String command) {
                statements.add(command);
            }

            @Override
            public void release() {}
        };
        return new TargetDescriptor() {
            @Override
            public EnumSet<TargetType> getTargetTypes() {
                return EnumSet.of(TargetType.SCRIPT);
            }

            @Override
            public ScriptTargetOutput getScriptTargetOutput() {
                return output;
            }
        };
    }
}
