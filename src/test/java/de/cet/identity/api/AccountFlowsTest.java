package de.cet.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.identity.application.PasswordResetMails;
import de.cet.identity.application.Totp;
import de.cet.shared.mail.OutboxSender;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.MutableClock;
import de.cet.testing.SmtpSink;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Password change, password reset, email change and verification, profile and language, throttling. */
@QuarkusTest
class AccountFlowsTest {

    static final String NEW_PASSWORD = "harbor violet quantum spruce 63";

    @Inject
    OutboxSender sender;

    @Inject
    MutableClock clock;

    @Inject
    PasswordResetMails resetMails;

    @BeforeEach
    void sink() {
        SmtpSink.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** This test's own client address (forwarded by the test profile's trusted proxy), so failures of other tests never count against it. */
    private final String client = Actors.randomIp();

    private Response login(String email, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
            .body(Map.of("email", email, "password", password)).post("/api/v1/auth/login");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndCanEndOtherSessions() {
        Actor alice = Actors.user();
        Map<String, Object> phone = Actors.login(alice.email(), Actors.PASSWORD);
        alice.api().body(Map.of("currentPassword", "not my password at all", "newPassword", NEW_PASSWORD))
            .post("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        alice.api().body(Map.of("currentPassword", Actors.PASSWORD, "newPassword", "password123456"))
            .post("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        alice.api().body(Map.of("currentPassword", Actors.PASSWORD, "newPassword", NEW_PASSWORD, "endOtherSessions", true))
            .post("/api/v1/me/password").then().statusCode(204);

        alice.api().get("/api/v1/me").then().statusCode(200);
        given().header("Authorization", "Bearer " + phone.get("accessToken")).get("/api/v1/me").then().statusCode(401);
        login(alice.email(), Actors.PASSWORD).then().statusCode(401);
        login(alice.email(), NEW_PASSWORD).then().statusCode(200);
        sender.deliverDue();
        assertTrue(SmtpSink.messagesTo(alice.email()).stream()
            .anyMatch(m -> SmtpSink.body(m).contains("your password was changed")));
    }

    @Test
    void passwordResetAnswersTheSameForUnknownAddressesAndWorksOnce() {
        Actor alice = Actors.user();
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.org"))
            .post("/api/v1/auth/password-reset").then().statusCode(202);
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", alice.email()))
            .post("/api/v1/auth/password-reset").then().statusCode(202);
        resetMails.processDue();
        sender.deliverDue();
        String token = Actors.tokenFromLastMail(alice.email());
        assertTrue(SmtpSink.messagesTo(alice.email()).stream()
            .anyMatch(m -> SmtpSink.body(m).contains("/reset-password?token=" + token)));

        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", "short"))
            .post("/api/v1/auth/password-reset/confirm").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", NEW_PASSWORD))
            .post("/api/v1/auth/password-reset/confirm").then().statusCode(204).body(equalTo(""));
        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", NEW_PASSWORD + "x"))
            .post("/api/v1/auth/password-reset/confirm").then().statusCode(404);

        // The reset signs nobody in and ends the sessions that existed.
        alice.api().get("/api/v1/me").then().statusCode(401);
        login(alice.email(), NEW_PASSWORD).then().statusCode(200);
    }

    @Test
    void anExpiredResetTokenIsRefused() {
        Actor alice = Actors.user();
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", alice.email()))
            .post("/api/v1/auth/password-reset").then().statusCode(202);
        resetMails.processDue();
        sender.deliverDue();
        String token = Actors.tokenFromLastMail(alice.email());
        clock.advance(Duration.ofMinutes(31));
        given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", NEW_PASSWORD))
            .post("/api/v1/auth/password-reset/confirm").then().statusCode(404);
    }

    @Test
    void passwordResetDoesNotBypassMfa() {
        Actor alice = Actors.user();
        String secret = alice.api().post("/api/v1/me/mfa/totp").then().extract().path("secret");
        alice.api().body(Map.of("code", Totp.code(secret, clock.instant()))).post("/api/v1/me/mfa/totp/confirm")
            .then().statusCode(200);
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", alice.email()))
            .post("/api/v1/auth/password-reset").then().statusCode(202);
        resetMails.processDue();
        sender.deliverDue();
        given().contentType(ContentType.JSON)
            .body(Map.of("token", Actors.tokenFromLastMail(alice.email()), "newPassword", NEW_PASSWORD))
            .post("/api/v1/auth/password-reset/confirm").then().statusCode(204);
        login(alice.email(), NEW_PASSWORD).then().statusCode(200).body("mfaRequired", equalTo(true))
            .body("accessToken", equalTo(null));
    }

    @Test
    void changingTheEmailVerifiesTheNewAddressAndTellsTheOldOne() {
        Actor alice = Actors.user();
        String newEmail = "new-" + UUID.randomUUID() + "@example.org";
        alice.api().body(Map.of("newEmail", newEmail, "currentPassword", "wrong password entirely"))
            .post("/api/v1/me/email").then().statusCode(400);
        alice.api().body(Map.of("newEmail", newEmail, "currentPassword", Actors.PASSWORD))
            .post("/api/v1/me/email").then().statusCode(202);
        alice.api().get("/api/v1/me").then().body("email", equalTo(alice.email()));
        sender.deliverDue();
        String token = Actors.tokenFromLastMail(newEmail);
        assertTrue(SmtpSink.body(SmtpSink.messagesTo(newEmail).get(0)).contains("/verify-email?token=" + token));

        given().contentType(ContentType.JSON).body(Map.of("token", token))
            .post("/api/v1/auth/email-verification/confirm").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("token", token))
            .post("/api/v1/auth/email-verification/confirm").then().statusCode(404);
        alice.api().get("/api/v1/me").then().body("email", equalTo(newEmail)).body("emailVerified", equalTo(true));
        login(newEmail, Actors.PASSWORD).then().statusCode(200);
        sender.deliverDue();
        assertTrue(SmtpSink.messagesTo(alice.email()).stream()
            .anyMatch(m -> SmtpSink.body(m).contains("was changed to " + newEmail)));
        alice.api().get("/api/v1/me/security-events").then().body("items.type", hasItem("EMAIL_CHANGED"));
    }

    @Test
    void anExpiredVerificationTokenIsRefused() {
        Actor alice = Actors.user();
        String newEmail = "late-" + UUID.randomUUID() + "@example.org";
        alice.api().body(Map.of("newEmail", newEmail, "currentPassword", Actors.PASSWORD))
            .post("/api/v1/me/email").then().statusCode(202);
        sender.deliverDue();
        String token = Actors.tokenFromLastMail(newEmail);
        clock.advance(Duration.ofDays(3));
        given().contentType(ContentType.JSON).body(Map.of("token", token))
            .post("/api/v1/auth/email-verification/confirm").then().statusCode(404);
    }

    @Test
    void theLocaleChosenSelectsTheMailLanguage() {
        Actor alice = Actors.user();
        alice.api().body(Map.of("locale", "fr")).patch("/api/v1/me").then().statusCode(400);
        alice.api().body(Map.of("locale", "de", "displayName", "Alice Beispiel")).patch("/api/v1/me").then()
            .statusCode(200).body("locale", equalTo("de")).body("displayName", equalTo("Alice Beispiel"));
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", alice.email()))
            .post("/api/v1/auth/password-reset").then().statusCode(202);
        resetMails.processDue();
        sender.deliverDue();
        List<MimeMessage> mails = SmtpSink.messagesTo(alice.email());
        assertEquals("Passwort zurücksetzen", subject(mails.get(mails.size() - 1)));
    }

    @Test
    void failedSignInsSlowDownTheAccountButNeverLockItForGood() {
        Actor alice = Actors.user();
        // The wait starts when the attempt is counted, before its (slow) password check: time stands
        // still here so that Retry-After shows the whole wait however long the hashing takes.
        clock.set(clock.instant());
        for (int i = 0; i < 6; i++) {
            login(alice.email(), "wrong password number " + i).then().statusCode(401);
        }
        login(alice.email(), Actors.PASSWORD).then().statusCode(429).header("Retry-After", equalTo("2"))
            .contentType("application/problem+json");
        clock.advance(Duration.ofSeconds(3));
        login(alice.email(), Actors.PASSWORD).then().statusCode(200);

        // A stranger hammering the account only makes the owner wait, at most the configured maximum.
        for (int i = 0; i < 40; i++) {
            login(alice.email(), "stranger guess " + i).then().statusCode(org.hamcrest.Matchers.oneOf(401, 429));
            clock.advance(Duration.ofMinutes(16));
        }
        clock.advance(Duration.ofMinutes(16));
        login(alice.email(), Actors.PASSWORD).then().statusCode(200);
    }

    @Test
    void failedSignInsFromOneSourceAreThrottledAcrossAccounts() {
        String ip = Actors.randomIp();
        for (int i = 0; i < 20; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", ip)
                .body(Map.of("email", "spray-" + i + "-" + UUID.randomUUID() + "@example.org", "password", "guess " + i))
                .post("/api/v1/auth/login").then().statusCode(401);
        }
        given().contentType(ContentType.JSON).header("X-Forwarded-For", ip)
            .body(Map.of("email", "spray-last@example.org", "password", "guess")).post("/api/v1/auth/login")
            .then().statusCode(401);
        given().contentType(ContentType.JSON).header("X-Forwarded-For", ip)
            .body(Map.of("email", "spray-last@example.org", "password", "guess")).post("/api/v1/auth/login")
            .then().statusCode(429);
    }
}
