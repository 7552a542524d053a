package de.cet.notifications.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.notifications.application.LiveEvent;
import de.cet.notifications.application.LiveHub;
import de.cet.notifications.application.NotificationsConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The instance's one listening connection ({@code LISTEN cet_live}), opened with the PgJDBC driver outside
 * the pool — a pooled connection would be handed to requests and lose its LISTEN — and read by one
 * thread, which hands each event to the {@link LiveHub} and sweeps ended sessions between reads. When the
 * connection breaks it reconnects with backoff and tells the sockets to fetch again (ADR 0018).
 */
@ApplicationScoped
class PgLiveListener {

    private static final Logger LOG = Logger.getLogger(PgLiveListener.class);
    private static final int POLL_MILLIS = 250;

    private final LiveHub hub;
    private final ObjectMapper json;
    private final NotificationsConfig config;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running;
    private Thread thread;

    PgLiveListener(LiveHub hub, ObjectMapper json, NotificationsConfig config,
                   @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                   @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                   @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.hub = hub;
        this.json = json;
        this.config = config;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "cet-live-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        boolean first = true;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, username.orElse(null), password.orElse(null))) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + PgLiveUpdates.CHANNEL);
                }
                if (!first) {
                    LOG.info("live-update listener connected again");
                    hub.resync();
                }
                first = false;
                backoff = Duration.ofMillis(200);
                listen(c.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("live-update listener lost its connection (%s); retrying in %d ms", e.getMessage(), backoff.toMillis());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
        }
    }

    private void listen(PGConnection pg) throws SQLException {
        long nextSweep = System.nanoTime() + config.liveSessionCheck().toNanos();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    deliver(n.getParameter());
                }
            }
            if (System.nanoTime() >= nextSweep) {
                try {
                    hub.sweep();
                } catch (RuntimeException e) {
                    LOG.warnf("live-update session check failed: %s", e.getMessage());
                }
                nextSweep = System.nanoTime() + config.liveSessionCheck().toNanos();
            }
        }
    }

    private void deliver(String payload) {
        try {
            JsonNode node = json.readTree(payload);
            hub.dispatch(new LiveEvent(node.path("type").asText(), uuid(node, "bookId"), uuid(node, "id"), uuid(node, "userId")));
        } catch (Exception e) {
            LOG.warnf("live-update event not delivered: %s", e.getMessage());
        }
    }

    private static UUID uuid(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : UUID.fromString(v.asText());
    }
}
