package de.cet.notifications.api;

import de.cet.notifications.application.LiveClient;
import de.cet.notifications.application.LiveHub;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import org.jboss.logging.Logger;

/**
 * {@code GET /api/v1/me/live}: the live-update WebSocket (API.md). The token comes in the first message
 * {@code {"type":"auth","token":"..."}} or as the second entry of the {@code Sec-WebSocket-Protocol} offer
 * {@code cet.bearer, <token>} — never in the address, where proxies and logs would keep it. What it is
 * told and when it is closed is the {@link LiveHub}'s business.
 */
@WebSocket(path = "/api/v1/me/live")
public class LiveSocket {

    private static final Logger LOG = Logger.getLogger(LiveSocket.class);
    static final String SUBPROTOCOL = "cet.bearer";

    private final LiveHub hub;

    LiveSocket(LiveHub hub) {
        this.hub = hub;
    }

    @OnOpen
    public void opened(WebSocketConnection connection) {
        hub.opened(client(connection), offeredToken(connection.handshakeRequest().header("Sec-WebSocket-Protocol")));
    }

    @OnTextMessage
    public void received(String message, WebSocketConnection connection) {
        hub.received(client(connection), message);
    }

    @OnClose
    public void closed(WebSocketConnection connection) {
        hub.closed(connection.id());
    }

    /** The token of an offer {@code cet.bearer, <token>}; null when the offer has none. */
    static String offeredToken(String header) {
        if (header == null) {
            return null;
        }
        String[] offered = header.split(",");
        for (int i = 0; i < offered.length - 1; i++) {
            if (offered[i].trim().equals(SUBPROTOCOL)) {
                String token = offered[i + 1].trim();
                return token.isEmpty() ? null : token;
            }
        }
        return null;
    }

    private static LiveClient client(WebSocketConnection connection) {
        return new LiveClient() {
            @Override
            public String id() {
                return connection.id();
            }

            @Override
            public void send(String json) {
                if (connection.isOpen()) {
                    connection.sendText(json).subscribe().with(ok -> { }, e -> LOG.debugf("live send failed: %s", e.getMessage()));
                }
            }

            @Override
            public void close(int code, String reason) {
                if (connection.isOpen()) {
                    connection.close(new CloseReason(code, reason)).subscribe().with(ok -> { }, e -> { });
                }
            }
        };
    }
}
