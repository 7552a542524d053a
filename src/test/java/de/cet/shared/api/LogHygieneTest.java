package de.cet.shared.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an operator's log collector receives while someone signs in, refreshes, and creates a bank
 * account: every line of those requests carries the request id, the lines after sign-in the user id, and
 * no line (message, parameters, MDC, exception) carries the password, a token or the IBAN. CET's own
 * categories are turned up to DEBUG for the scenario so that a careless debug line is caught too.
 */
@QuarkusTest
class LogHygieneTest {

    private static final String IBAN = "DE89370400440532013000";
    private static final String IBAN_AS_TYPED = "DE89 3704 0044 0532 0130 00";

    private final List<Captured> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord ext = ExtLogRecord.wrap(record);
            StringWriter thrown = new StringWriter();
            if (ext.getThrown() != null) {
                ext.getThrown().printStackTrace(new PrintWriter(thrown));
            }
            lines.add(new Captured(ext.getLoggerName(), ext.getFormattedMessage(), Map.copyOf(ext.getMdcCopy()),
                thrown.toString()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Logger root;
    private Logger cet;
    private java.util.logging.Level cetLevel;

    record Captured(String category, String message, Map<String, String> mdc, String thrown) {
        String everything() {
            return category + " " + message + " " + mdc + " " + thrown;
        }
    }

    @BeforeEach
    void listen() {
        root = Logger.getLogger("");
        root.addHandler(capture);
        cet = Logger.getLogger("de.cet");
        cetLevel = cet.getLevel();
        cet.setLevel(Level.FINE);
    }

    @AfterEach
    void stopListening() {
        root.removeHandler(capture);
        cet.setLevel(cetLevel);
    }

    @Test
    void signInRefreshAndABankAccountLeaveIdsInTheLogButNoSecret() {
        String email = "log-" + UUID.randomUUID() + "@example.org";
        UUID userId = Actors.registeredUser(email, "Log Reader", false);
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", email, "password", "wrong " + Actors.PASSWORD))
            .post("/api/v1/auth/login").then().statusCode(401);
        Map<String, Object> tokens = Actors.login(email, Actors.PASSWORD);
        String access = (String) tokens.get("accessToken");
        String refresh = (String) tokens.get("refreshToken");
        Map<String, Object> renewed = given().contentType(ContentType.JSON).body(Map.of("refreshToken", refresh))
            .post("/api/v1/auth/refresh").then().statusCode(200).extract().jsonPath().getMap("");
        Actor actor = new Actor(userId, email, "Log Reader", (String) renewed.get("accessToken"),
            (String) renewed.get("refreshToken"));
        UUID book = LedgerFixtures.caucusBook(actor, 2026);
        actor.api().header("X-Request-Id", "log-hygiene-account")
            .body(Map.of("name", "Giro", "type", "BANK", "fund", "PUBLIC", "iban", IBAN_AS_TYPED,
                "openingBalance", "0.00", "openingDate", "2026-01-01"))
            .post(LedgerFixtures.books(book, "/accounts")).then().statusCode(201);
        // A token in a query string must not reach the log either (mail links carry them there).
        given().get("/api/v1/no-such-address?token=" + access).then().statusCode(404);

        List<Captured> http = lines.stream().filter(l -> l.category().equals("de.cet.http")).toList();
        assertTrue(http.size() >= 6, "one line per exchange, got " + http);
        for (Captured line : http) {
            assertTrue(line.mdc().getOrDefault("requestId", "").length() > 0, "request id in " + line);
        }
        Captured account = http.stream().filter(l -> "log-hygiene-account".equals(l.mdc().get("requestId")))
            .findFirst().orElseThrow(() -> new AssertionError("no line for the account request: " + http));
        assertTrue(account.message().startsWith("POST /api/v1/books/" + book + "/accounts 201"), account.message());
        assertEquals(userId.toString(), account.mdc().get("userId"), "the account line names its user");
        Captured signIn = http.stream().filter(l -> l.message().startsWith("POST /api/v1/auth/login 200")).findFirst()
            .orElseThrow(() -> new AssertionError("no sign-in line: " + http));
        assertEquals(userId.toString(), signIn.mdc().get("userId"), "the sign-in line names who signed in");
        Captured refreshed = http.stream().filter(l -> l.message().startsWith("POST /api/v1/auth/refresh 200")).findFirst()
            .orElseThrow(() -> new AssertionError("no refresh line: " + http));
        assertEquals(userId.toString(), refreshed.mdc().get("userId"), "the refresh line names whose session it is");
        Captured failed = http.stream().filter(l -> l.message().startsWith("POST /api/v1/auth/login 401")).findFirst()
            .orElseThrow(() -> new AssertionError("no failed sign-in line: " + http));
        assertFalse(failed.mdc().containsKey("userId"), "a failed sign-in names no user: " + failed);

        List<String> secrets = List.of(Actors.PASSWORD, access, refresh, (String) renewed.get("accessToken"),
            (String) renewed.get("refreshToken"), IBAN, IBAN_AS_TYPED, "370400440532013000");
        for (Captured line : lines) {
            for (String secret : secrets) {
                assertFalse(line.everything().contains(secret), "a secret in the log: " + line);
            }
        }
    }
}
