package de.cet.backup;

import de.cet.backup.infrastructure.SchemaCatalog;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A second database beside the test database ({@code <test db>_restore}): the empty instance archives
 * are restored into, and a place for scratch schemas.
 */
public final class TestDatabases {

    private TestDatabases() {}

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static String restoreDatabaseName() {
        String url = env("CET_TEST_DB_URL", "jdbc:postgresql://localhost:5432/cet_test");
        URI uri = URI.create(url.substring("jdbc:".length()));
        return uri.getPath().substring(1) + "_restore";
    }

    /** The restore database (created when missing), with {@code schema} as the current schema. */
    public static PGSimpleDataSource restoreTarget(String schema) {
        String url = env("CET_TEST_DB_URL", "jdbc:postgresql://localhost:5432/cet_test");
        URI uri = URI.create(url.substring("jdbc:".length()));
        String name = restoreDatabaseName();
        String server = uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort());
        String user = env("CET_TEST_DB_USERNAME", "postgres");
        String password = env("CET_TEST_DB_PASSWORD", "postgres");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", user, password);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    st.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://" + server + "/" + name);
        ds.setUser(user);
        ds.setPassword(password);
        // V031's "create extension if not exists pg_trgm" installs it into the first schema that migrates, and
        // skips it for every later one: a later schema then misses gin_trgm_ops while the first one lives.
        // Keeping the extension in public, behind each test's own schema, makes the order of the tests irrelevant,
        // as in the application's own database, where it is installed in public.
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("create extension if not exists pg_trgm schema public");
            st.execute("alter extension pg_trgm set schema public");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ds.setCurrentSchema(schema + ",public");
        return ds;
    }

    /** Drops and recreates {@code schema} in the data source's database and migrates it like the application. */
    public static void recreateMigrated(DataSource ds, String schema, Flyway appFlyway, String targetVersion) throws SQLException {
        recreate(ds, schema);
        var config = Flyway.configure(Thread.currentThread().getContextClassLoader())
            .configuration(appFlyway.getConfiguration())
            .dataSource(ds).schemas(schema).defaultSchema(schema);
        if (targetVersion != null) {
            config.target(targetVersion);
        }
        config.load().migrate();
    }

    public static void recreate(DataSource ds, String schema) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + SchemaCatalog.quote(schema) + " cascade");
            st.execute("create schema " + SchemaCatalog.quote(schema));
        }
    }

    public static void drop(DataSource ds, String schema) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + SchemaCatalog.quote(schema) + " cascade");
        }
    }

    /** Every table's rows as PostgreSQL's text form, sorted: compares content, not counts. */
    public static Map<String, List<String>> contents(DataSource ds) throws SQLException {
        Map<String, List<String>> result = new LinkedHashMap<>();
        try (Connection c = ds.getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("set timezone = 'UTC'");
            }
            SchemaCatalog catalog = SchemaCatalog.read(c, SchemaCatalog.currentSchema(c));
            for (SchemaCatalog.Table table : catalog.tablesInLoadOrder()) {
                List<String> rows = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "select t::text from " + catalog.qualified(table.name()) + " t order by 1")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                result.put(table.name(), rows);
            }
        }
        return result;
    }
}
