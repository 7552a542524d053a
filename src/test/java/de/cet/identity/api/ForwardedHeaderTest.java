package de.cet.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.testing.Actors;
import de.cet.testing.MutableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling counts against the address the request really comes from. X-Forwarded-For (or
 * Forwarded) is believed only from a configured proxy: the test profile names 127.0.0.1, so a test
 * client on another loopback address (127.x.y.z) is a stranger whose headers change nothing, exactly
 * like any caller of a production instance that names only its reverse proxy in CET_TRUSTED_PROXIES.
 */
@QuarkusTest
class ForwardedHeaderTest {

    @Inject
    MutableClock clock;

    @ConfigProperty(name = "cet.identity.throttle.source-free-failures")
    int sourceFreeFailures;

    @TestHTTPResource("/api/v1/auth/login")
    URI login;

    @BeforeEach
    void standStill() {
        clock.set(Instant.now());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thirtyForgedAddressesFromAnUntrustedPeerAreStillOneSource() throws Exception {
        InetAddress stranger = strangerAddress();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // password spraying: a new account each time, and a new address in every forwarding header
            String forged = "203.0.113." + (i + 1);
            statuses.add(loginFrom(stranger, "spray-" + i + "-" + UUID.randomUUID() + "@example.org",
                "X-Forwarded-For: " + forged + "\r\nForwarded: for=" + forged + "\r\nX-Real-IP: " + forged + "\r\n"));
        }

        int checked = sourceFreeFailures + 1;
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            expected.add(i < checked ? 401 : 429);
        }
        assertEquals(expected, statuses, "the stranger's own address is throttled, whatever it forwards");
    }

    @Test
    void aThrottledStrangerCannotEscapeByForgingTheTrustedProxysClients() throws Exception {
        InetAddress stranger = strangerAddress();
        for (int i = 0; i <= sourceFreeFailures; i++) {
            assertEquals(401, loginFrom(stranger, "probe-" + UUID.randomUUID() + "@example.org", ""));
        }
        assertEquals(429, loginFrom(stranger, "probe-" + UUID.randomUUID() + "@example.org",
            "X-Forwarded-For: " + Actors.randomIp() + "\r\n"));
        assertEquals(429, loginFrom(stranger, "probe-" + UUID.randomUUID() + "@example.org",
            "X-Forwarded-For: 127.0.0.1\r\n"));
    }

    @Test
    void theTrustedProxysForwardedClientsAreCountedApart() throws Exception {
        InetAddress proxy = InetAddress.getByName("127.0.0.1");
        String throttled = Actors.randomIp();
        for (int i = 0; i <= sourceFreeFailures; i++) {
            assertEquals(401, loginFrom(proxy, "fwd-" + UUID.randomUUID() + "@example.org",
                "X-Forwarded-For: " + throttled + "\r\n"));
        }
        assertEquals(429, loginFrom(proxy, "fwd-" + UUID.randomUUID() + "@example.org",
            "X-Forwarded-For: " + throttled + "\r\n"));
        // another client behind the same proxy is not slowed down
        assertEquals(401, loginFrom(proxy, "fwd-" + UUID.randomUUID() + "@example.org",
            "X-Forwarded-For: " + Actors.randomIp() + "\r\n"));
    }

    /** A loopback address other than the trusted 127.0.0.1, new for every test (Linux routes all of 127/8 to lo). */
    private static InetAddress strangerAddress() throws IOException {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return InetAddress.getByAddress(new byte[] {127, (byte) (10 + r.nextInt(200)), (byte) r.nextInt(256),
            (byte) (2 + r.nextInt(250))});
    }

    /** One sign-in with a wrong password over a connection of its own from {@code local}; answers the status. */
    private int loginFrom(InetAddress local, String email, String extraHeaders) throws IOException {
        byte[] body = ("{\"email\":\"" + email + "\",\"password\":\"not the password\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), login.getPort()), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + login.getPath() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n" + extraHeaders + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = statusLine(socket.getInputStream());
            return Integer.parseInt(status.split(" ")[1]);
        }
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
