package de.cet.identity.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.identity.application.Totp;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.MutableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A flood of attempts sent at once must not get more checks than the throttle allows one after the
 * other: each attempt is counted before its password or code is checked, so at most the free failures
 * plus the one that starts the wait are checked, and the rest are refused unchecked (429). "Checked" is
 * observed in the security events: every checked wrong password or code of an account leaves one.
 */
@QuarkusTest
class ThrottleRaceTest {

    @Inject
    MutableClock clock;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "cet.identity.throttle.free-failures")
    int freeFailures;

    @ConfigProperty(name = "cet.identity.throttle.source-free-failures")
    int sourceFreeFailures;

    @TestHTTPResource("/api/v1/auth/login")
    URI login;

    @TestHTTPResource("/api/v1/auth/login/mfa")
    URI loginMfa;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void standStill() {
        // In the middle of a TOTP step, and time stands still: no wait expires during the flood.
        long step = Instant.now().getEpochSecond() / 30;
        clock.set(Instant.ofEpochSecond(step * 30 + 15));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fortyWrongPasswordsAtOnceForOneAccountGetOnlyTheAllowedChecks() throws Exception {
        String email = "race-" + UUID.randomUUID() + "@example.org";
        UUID user = Actors.registeredUser(email, "Race Target", false);

        // Each from a client of its own: only the account's limit applies.
        List<Integer> statuses = flood(40, i -> post(login, Actors.randomIp(),
            "{\"email\":\"" + email + "\",\"password\":\"wrong guess number " + i + "\"}"));

        long checked = count(statuses, 401);
        assertEquals(40, checked + count(statuses, 429), "only 401 and 429: " + statuses);
        assertTrue(checked >= 1 && checked <= freeFailures + 1,
            "checked " + checked + " of 40 attempts; the limit allows " + (freeFailures + 1) + ": " + statuses);
        assertEquals(checked, events(Set.of(user), "LOGIN_FAILED"), "every checked attempt left its event");
    }

    @Test
    void hundredWrongTotpCodesAtOnceForOneSignInStepGetOnlyTheAllowedChecks() throws Exception {
        Enrolled e = enroll();
        String mfaToken = mfaToken(e.actor());
        String wrong = wrongCode(e.secret());

        List<Integer> statuses = flood(100, i -> post(loginMfa, Actors.randomIp(),
            "{\"mfaToken\":\"" + mfaToken + "\",\"code\":\"" + wrong + "\"}"));

        long checked = count(statuses, 401);
        assertEquals(100, checked + count(statuses, 429), "only 401 and 429: " + statuses);
        assertTrue(checked >= 1 && checked <= freeFailures + 1,
            "checked " + checked + " of 100 codes; the limit allows " + (freeFailures + 1) + ": " + statuses);
        assertEquals(checked, events(Set.of(e.actor().id()), "MFA_FAILED"));
        // The right code is refused while the wait lasts, and accepted after it.
        post(loginMfa, Actors.randomIp(), codeBody(mfaToken, Totp.code(e.secret(), clock.instant())), 429);
    }

    @Test
    void hundredWrongRecoveryCodesAtOnceGetOnlyTheAllowedChecks() throws Exception {
        Enrolled e = enroll();
        String mfaToken = mfaToken(e.actor());

        List<Integer> statuses = flood(100, i -> post(loginMfa, Actors.randomIp(),
            codeBody(mfaToken, String.format("aaaa%04d-bbbb%04d", i, i).replace('0', 'q').replace('1', 'r')
                .replace('8', 's').replace('9', 't'))));

        long checked = count(statuses, 401);
        assertEquals(100, checked + count(statuses, 429), "only 401 and 429: " + statuses);
        assertTrue(checked >= 1 && checked <= freeFailures + 1,
            "checked " + checked + " of 100 recovery codes; the limit allows " + (freeFailures + 1));
        assertEquals(checked, events(Set.of(e.actor().id()), "MFA_FAILED"));
        // the recovery codes themselves are untouched: a real one still works once the wait is over
        clock.advance(Duration.ofHours(2));
        String fresh = mfaToken(e.actor());
        post(loginMfa, Actors.randomIp(), codeBody(fresh, e.recoveryCodes().get(0)), 200);
    }

    @Test
    void wrongPasswordsForManyAccountsAtOnceFromOneSourceGetOnlyTheSourcesChecks() throws Exception {
        int n = 40;
        List<String> emails = new ArrayList<>();
        Set<UUID> users = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            String email = "spray-race-" + i + "-" + UUID.randomUUID() + "@example.org";
            emails.add(email);
            users.add(Actors.registeredUser(email, "Spray Target " + i, false));
        }
        String source = Actors.randomIp();

        // One wrong password per account, all from one client: only the source's limit applies.
        List<Integer> statuses = flood(n, i -> post(login, source,
            "{\"email\":\"" + emails.get(i) + "\",\"password\":\"spray guess\"}"));

        long checked = count(statuses, 401);
        assertEquals(n, checked + count(statuses, 429), "only 401 and 429: " + statuses);
        assertTrue(checked >= 1 && checked <= sourceFreeFailures + 1,
            "checked " + checked + " of " + n + " attempts; the source limit allows " + (sourceFreeFailures + 1) + ": " + statuses);
        assertEquals(checked, events(users, "LOGIN_FAILED"));
    }

    @Test
    void aSuccessDoesNotCountAsAFailureOfItsSource() throws Exception {
        String source = Actors.randomIp();
        String email = "often-" + UUID.randomUUID() + "@example.org";
        Actors.registeredUser(email, "Signs In Often", false);
        // Many more successful sign-ins than the source's free failures, from one client.
        for (int i = 0; i < sourceFreeFailures + 5; i++) {
            post(login, source, "{\"email\":\"" + email + "\",\"password\":\"" + Actors.PASSWORD + "\"}", 200);
        }
        post(login, source, "{\"email\":\"nobody-" + UUID.randomUUID() + "@example.org\",\"password\":\"x\"}", 401);
    }

    record Enrolled(Actor actor, String secret, List<String> recoveryCodes) {}

    private Enrolled enroll() {
        Actor alice = Actors.user();
        String secret = alice.api().post("/api/v1/me/mfa/totp").then().statusCode(200)
            .body("otpauthUri", startsWith("otpauth://totp/")).extract().path("secret");
        List<String> codes = alice.api().body(Map.of("code", Totp.code(secret, clock.instant())))
            .post("/api/v1/me/mfa/totp/confirm").then().statusCode(200)
            .body("recoveryCodes", hasSize(10)).extract().path("recoveryCodes");
        return new Enrolled(alice, secret, codes);
    }

    private String mfaToken(Actor actor) throws Exception {
        HttpResponse<String> r = send(login, Actors.randomIp(),
            "{\"email\":\"" + actor.email() + "\",\"password\":\"" + Actors.PASSWORD + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        var m = java.util.regex.Pattern.compile("\"mfaToken\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    /** A six-digit code that no step near now accepts. */
    private String wrongCode(String secret) {
        Set<String> near = new java.util.HashSet<>();
        for (int s = -3; s <= 3; s++) {
            near.add(Totp.code(secret, clock.instant().plusSeconds(30L * s)));
        }
        for (int c = 0; ; c++) {
            String code = String.format("%06d", c * 7919 % 1_000_000);
            if (!near.contains(code)) {
                return code;
            }
        }
    }

    private static String codeBody(String mfaToken, String code) {
        return "{\"mfaToken\":\"" + mfaToken + "\",\"code\":\"" + code + "\"}";
    }

    /** Sends n requests at the same moment from n threads; answers their statuses. */
    private static List<Integer> flood(int n, IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private int post(URI uri, String client, String json) {
        try {
            return send(uri, client, json).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void post(URI uri, String client, String json, int expected) throws Exception {
        HttpResponse<String> r = send(uri, client, json);
        assertEquals(expected, r.statusCode(), r.body());
    }

    private HttpResponse<String> send(URI uri, String client, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json").header("X-Forwarded-For", client)
            .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long count(List<Integer> statuses, int status) {
        return statuses.stream().filter(s -> s == status).count();
    }

    private long events(Set<UUID> users, String type) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                 "select count(*) from identity_security_event where type = ? and user_id = any (?)")) {
            st.setString(1, type);
            st.setArray(2, c.createArrayOf("uuid", users.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
