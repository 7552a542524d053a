package de.cet.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A live-update client for tests: the JDK's WebSocket client on {@code /api/v1/me/live}, collecting what it
 * is sent and how it was closed.
 */
public final class LiveProbe implements WebSocket.Listener, AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final java.util.Map<String, Long> arrivals = new java.util.concurrent.ConcurrentHashMap<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private LiveProbe() {}

    /** {@code base} is the app's http address, e.g. {@code http://localhost:8081}. */
    public static LiveProbe connect(String base) {
        return connect(base, null);
    }

    /** Connects offering {@code cet.bearer, <token>} as subprotocols when {@code token} is given. */
    public static LiveProbe connect(String base, String subprotocolToken) {
        LiveProbe probe = new LiveProbe();
        URI uri = URI.create(base.replaceFirst("^http", "ws").replaceAll("/$", "") + "/api/v1/me/live");
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (subprotocolToken != null) {
            builder.subprotocols("cet.bearer", subprotocolToken);
        }
        probe.socket = builder.buildAsync(uri, probe).join();
        return probe;
    }

    /** Sends the first message, {@code {"type":"auth","token":...}}, and waits for {@code ready}. */
    public LiveProbe authenticate(String token) {
        send("{\"type\":\"auth\",\"token\":\"" + token + "\"}");
        return this;
    }

    public LiveProbe send(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    /** The next message, or null when none came within {@code timeout}. */
    public String next(Duration timeout) {
        try {
            return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The next message containing {@code fragment}, skipping others; null when none came within {@code timeout}. */
    public String nextContaining(String fragment, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            String m = next(Duration.ofNanos(Math.max(1, end - System.nanoTime())));
            if (m != null && m.contains(fragment)) {
                return m;
            }
        }
        return null;
    }

    /** When {@code message} arrived ({@link System#nanoTime()}), or null when it did not. */
    public Long arrivedAt(String message) {
        return arrivals.get(message);
    }

    public List<String> drain() {
        List<String> out = new java.util.ArrayList<>();
        messages.drainTo(out);
        return out;
    }

    /** The close code the server sent, or null when it did not close within {@code timeout}. */
    public Integer closeCode(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public synchronized CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            arrivals.putIfAbsent(partial.toString(), System.nanoTime());
            messages.add(partial.toString());
            partial.setLength(0);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
