package de.cet.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Prepares what every test run needs before the application starts: the test database on the local
 * PostgreSQL (created when missing, through the maintenance database) and a port for the SMTP sink
 * that {@link SmtpSink} runs. Registered once, globally, so all tests share one application start.
 */
public class TestInfrastructure implements QuarkusTestResourceLifecycleManager {

    static final String SMTP_PORT_PROPERTY = "cet.test.smtp-port";

    @Override
    public Map<String, String> start() {
        createDatabaseIfMissing();
        int smtpPort = freePort();
        return Map.of(
            "quarkus.mailer.host", "127.0.0.1",
            "quarkus.mailer.port", String.valueOf(smtpPort),
            SMTP_PORT_PROPERTY, String.valueOf(smtpPort),
            // A fresh data directory per run: keys and backup archives of earlier runs must not leak in.
            "cet.data-dir", freshDataDir().toString());
    }

    @Override
    public void stop() {
        // The database stays: the next run migrates it further or finds it current.
    }

    private static void createDatabaseIfMissing() {
        String url = env("CET_TEST_DB_URL", "jdbc:postgresql://localhost:5432/cet_test");
        String user = env("CET_TEST_DB_USERNAME", "postgres");
        String password = env("CET_TEST_DB_PASSWORD", "postgres");
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        String maintenance = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + "/postgres";
        try (Connection c = DriverManager.getConnection(maintenance, user, password);
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            if (!database.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalStateException("Refusing to create database with unusual name " + database);
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + maintenance
                + " to prepare the test database; run bin/ensure-postgres or set CET_TEST_DB_URL", e);
        }
    }

    private static java.nio.file.Path freshDataDir() {
        try {
            java.nio.file.Path target = java.nio.file.Path.of("target");
            java.nio.file.Files.createDirectories(target);
            return java.nio.file.Files.createTempDirectory(target, "test-data-").toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
