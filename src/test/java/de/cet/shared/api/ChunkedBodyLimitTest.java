package de.cet.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/**
 * CET_MAX_JSON_BODY (1 MiB by default) holds for the bytes that arrive, not only for what Content-Length
 * claims: a chunked body announces no length at all.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    private static final String VALID = "{\"name\":\"Stapler\",\"amount\":\"12.34\",\"kind\":\"SMALL\",\"date\":\"2026-03-01\"}";

    @TestHTTPResource("/api/v1/probe/widgets")
    URI widgets;

    @Test
    void aChunkedFiveMegabyteBodyIsRefusedWith413Problem() throws Exception {
        byte[] body = ("{\"name\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> response = send(body);

        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertEquals(413, problem.get("status").asInt());
        assertTrue(problem.get("type").asText().endsWith("payload-too-large"), problem.toString());
        assertTrue(problem.hasNonNull("requestId"), problem.toString());
    }

    @Test
    void aSmallChunkedBodyIsReadAsUsual() throws Exception {
        HttpResponse<String> response = send(VALID.getBytes(StandardCharsets.UTF_8));

        assertEquals(201, response.statusCode(), response.body());
        assertEquals("Stapler", new ObjectMapper().readTree(response.body()).get("name").asText());
    }

    @Test
    void aChunkedBodyJustAtTheLimitIsStillRead() throws Exception {
        String padding = " ".repeat(1024 * 1024 - VALID.length());
        HttpResponse<String> response = send((VALID + padding).getBytes(StandardCharsets.UTF_8));

        assertEquals(201, response.statusCode(), response.body());
    }

    /** The server answers 413 and closes long before a 30 MB chunked upload is through. */
    @Test
    void aHugeChunkedBodyIsNotReadToItsEnd() throws Exception {
        long limit = 30L * 1024 * 1024;
        long sent = 0;
        String status;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(widgets.getHost(), widgets.getPort()), 5000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + widgets.getPath() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            InputStream in = socket.getInputStream();
            try {
                while (sent < limit && in.available() == 0) {
                    out.write(chunk);
                    sent += 0x10000;
                }
            } catch (IOException closedByServer) {
                // the server stopped reading and closed: what we want
            }
            status = statusLine(in);
        }
        assertTrue(status.startsWith("HTTP/1.1 413"), status);
        assertTrue(sent < limit / 2, "the server read " + sent + " bytes before answering");
    }

    private HttpResponse<String> send(byte[] body) throws Exception {
        // A publisher of unknown length: the client sends Transfer-Encoding: chunked, no Content-Length.
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(subscriber -> {
            subscriber.onSubscribe(new Flow.Subscription() {
                int offset;
                boolean done;

                @Override
                public synchronized void request(long n) {
                    for (long i = 0; i < n && !done; i++) {
                        if (offset >= body.length) {
                            done = true;
                            subscriber.onComplete();
                            return;
                        }
                        int len = Math.min(16 * 1024, body.length - offset);
                        int from = offset;
                        // Advanced before onNext: the client may ask for more from inside onNext, and that
                        // nested call must not send this piece a second time (which made the body too long).
                        offset += len;
                        subscriber.onNext(ByteBuffer.wrap(Arrays.copyOfRange(body, from, from + len)));
                    }
                }

                @Override
                public synchronized void cancel() {
                    done = true;
                }
            });
        });
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(widgets).timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json").POST(chunked).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).trim();
    }
}
