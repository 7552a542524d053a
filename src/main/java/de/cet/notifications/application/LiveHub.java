package de.cet.notifications.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.cet.identity.application.AccessTokenVerifier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * This instance's open live sockets and what they may hear. A socket proves who it is with an access token
 * (its first message {@code {"type":"auth","token":"..."}} or the {@code Sec-WebSocket-Protocol} offer
 * {@code cet.bearer, <token>}; never in the address) and then receives {@code {type, bookId, id}} for the
 * books its user is a member of at the moment of the event — membership is looked up per event, so a
 * removed member hears nothing more — and its user's own notifications. Sockets whose session is revoked
 * or expired, or whose user is disabled, are closed by {@link #sweep}.
 */
@ApplicationScoped
public class LiveHub {

    private static final Logger LOG = Logger.getLogger(LiveHub.class);
    /** Policy violation: no or a bad token, or the session ended. */
    public static final int CLOSE_UNAUTHORIZED = 1008;

    private final AccessTokenVerifier tokens;
    private final Recipients recipients;
    private final ObjectMapper json;
    private final NotificationsConfig config;
    private final Map<String, Entry> clients = new ConcurrentHashMap<>();

    LiveHub(AccessTokenVerifier tokens, Recipients recipients, ObjectMapper json, NotificationsConfig config) {
        this.tokens = tokens;
        this.recipients = recipients;
        this.json = json;
        this.config = config;
    }

    private record Entry(LiveClient client, Instant openedAt, UUID userId, UUID sessionId) {
        boolean authenticated() {
            return userId != null;
        }
    }

    /** A socket opened; {@code offeredToken} is the token of its {@code Sec-WebSocket-Protocol} offer, or null. */
    public void opened(LiveClient client, String offeredToken) {
        clients.put(client.id(), new Entry(client, Instant.now(), null, null));
        if (offeredToken != null) {
            authenticate(client, offeredToken);
        }
    }

    public void closed(String clientId) {
        clients.remove(clientId);
    }

    /** A text from the socket: only {@code {"type":"auth","token":...}} means anything. */
    public void received(LiveClient client, String text) {
        String token = null;
        try {
            JsonNode node = json.readTree(text);
            if (node != null && "auth".equals(node.path("type").asText()) && node.path("token").isTextual()) {
                token = node.path("token").asText();
            }
        } catch (Exception e) {
            // not JSON: refused below like a message without a token
        }
        if (token == null) {
            Entry entry = clients.get(client.id());
            if (entry == null || !entry.authenticated()) {
                client.close(CLOSE_UNAUTHORIZED, "send {\"type\":\"auth\",\"token\":\"<access token>\"} first");
            }
            return;
        }
        authenticate(client, token);
    }

    private void authenticate(LiveClient client, String token) {
        Optional<AccessTokenVerifier.Verified> verified = tokens.verify(token);
        if (verified.isEmpty()) {
            clients.remove(client.id());
            client.close(CLOSE_UNAUTHORIZED, "invalid or expired token");
            return;
        }
        Entry before = clients.get(client.id());
        if (before == null) {
            return; // closed meanwhile
        }
        if (before.authenticated() && !before.userId().equals(verified.get().userId())) {
            clients.remove(client.id());
            client.close(CLOSE_UNAUTHORIZED, "a socket belongs to one user");
            return;
        }
        clients.put(client.id(), new Entry(client, before.openedAt(), verified.get().userId(), verified.get().sessionId()));
        client.send("{\"type\":\"ready\"}");
    }

    /** How many sockets are open and authenticated here (metrics, the benchmark). */
    public int authenticatedCount() {
        return (int) clients.values().stream().filter(Entry::authenticated).count();
    }

    /** Delivers an event that arrived from PostgreSQL (from this or any other instance). */
    public void dispatch(LiveEvent event) {
        List<Entry> listening = clients.values().stream().filter(Entry::authenticated).toList();
        if (listening.isEmpty()) {
            return;
        }
        Set<UUID> audience;
        if (event.userId() != null) {
            audience = Set.of(event.userId());
        } else if (event.bookId() != null) {
            audience = new HashSet<>(QuarkusTransaction.joiningExisting().call(() -> recipients.members(event.bookId())));
        } else {
            return;
        }
        String text = message(event);
        for (Entry e : listening) {
            if (audience.contains(e.userId())) {
                e.client().send(text);
            }
        }
    }

    /** Tells every socket to fetch again: events may have been missed while PostgreSQL was out of reach. */
    public void resync() {
        clients.values().stream().filter(Entry::authenticated).forEach(e -> e.client().send("{\"type\":\"resync\"}"));
    }

    /**
     * Closes sockets whose session ended (revoked, expired, user disabled) and sockets that did not
     * authenticate in time. Runs every {@code cet.notifications.live-session-check} on each instance.
     */
    public void sweep() {
        Instant now = Instant.now();
        Set<UUID> sessions = new HashSet<>();
        for (Entry e : clients.values()) {
            if (e.authenticated()) {
                sessions.add(e.sessionId());
            } else if (e.openedAt().plus(config.liveAuthTimeout()).isBefore(now)) {
                clients.remove(e.client().id());
                e.client().close(CLOSE_UNAUTHORIZED, "no token sent");
            }
        }
        if (sessions.isEmpty()) {
            return;
        }
        Set<UUID> active = tokens.activeSessions(sessions);
        for (Entry e : List.copyOf(clients.values())) {
            if (e.authenticated() && !active.contains(e.sessionId())) {
                clients.remove(e.client().id());
                LOG.debugf("live socket of session %s closed: the session ended", e.sessionId());
                e.client().close(CLOSE_UNAUTHORIZED, "session ended");
            }
        }
    }

    String message(LiveEvent event) {
        ObjectNode node = json.createObjectNode();
        node.put("type", event.type());
        node.put("bookId", event.bookId() == null ? null : event.bookId().toString());
        node.put("id", event.id() == null ? null : event.id().toString());
        return node.toString();
    }
}
