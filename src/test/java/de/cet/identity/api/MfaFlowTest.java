package de.cet.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MfaFlowTest {

    @Inject
    MutableClock clock;

    @Inject
    OutboxSender sender;

    @BeforeEach
    void fixTime() {
        // In the middle of a 30-second step, so that "the next step" is unambiguous.
        long step = Instant.now().getEpochSecond() / 30;
        clock.set(Instant.ofEpochSecond(step * 30 + 15));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Enrolled(Actor actor, String secret, List<String> recoveryCodes) {}

    private Enrolled enroll() {
        Actor alice = Actors.user();
        Map<String, Object> e = alice.api().post("/api/v1/me/mfa/totp").then().statusCode(200)
            .body("otpauthUri", startsWith("otpauth://totp/CET:")).extract().jsonPath().getMap("");
        String secret = (String) e.get("secret");
        byte[] png = Base64.getDecoder().decode((String) e.get("qrCodePng"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        List<String> codes = alice.api().body(Map.of("code", Totp.code(secret, clock.instant())))
            .post("/api/v1/me/mfa/totp/confirm").then().statusCode(200)
            .body("recoveryCodes", hasSize(10)).extract().path("recoveryCodes");
        return new Enrolled(alice, secret, codes);
    }

    private static String mfaToken(Actor actor) {
        return given().contentType(ContentType.JSON)
            .body(Map.of("email", actor.email(), "password", Actors.PASSWORD)).post("/api/v1/auth/login")
            .then().statusCode(200).body("mfaRequired", equalTo(true)).body("accessToken", equalTo(null))
            .extract().path("mfaToken");
    }

    /** This test's own client address (forwarded by the test profile's trusted proxy), so wrong codes of other tests never count against it. */
    private final String client = Actors.randomIp();

    private Response withCode(String mfaToken, String code) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
            .body(Map.of("mfaToken", mfaToken, "code", code)).post("/api/v1/auth/login/mfa");
    }

    @Test
    void enrolledUserSignsInWithPasswordAndCode() {
        Enrolled e = enroll();
        e.actor().api().get("/api/v1/me").then().body("mfaEnabled", equalTo(true));
        clock.advance(Duration.ofSeconds(30));
        String token = withCode(mfaToken(e.actor()), Totp.code(e.secret(), clock.instant())).then().statusCode(200)
            .extract().path("accessToken");
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200);
        e.actor().api().get("/api/v1/me/security-events").then()
            .body("items.type", hasItem("MFA_ENABLED")).body("items.type", hasItem("LOGIN_SUCCEEDED"));
    }

    @Test
    void aReplayedCodeFails() {
        Enrolled e = enroll();
        clock.advance(Duration.ofSeconds(30));
        String code = Totp.code(e.secret(), clock.instant());
        withCode(mfaToken(e.actor()), code).then().statusCode(200);
        withCode(mfaToken(e.actor()), code).then().statusCode(401);
    }

    @Test
    void theCodeUsedForEnrollmentCannotSignIn() {
        Enrolled e = enroll();
        withCode(mfaToken(e.actor()), Totp.code(e.secret(), clock.instant())).then().statusCode(401);
    }

    @Test
    void oneStepOfClockDriftIsToleratedTwoAreNot() {
        Enrolled e = enroll();
        clock.advance(Duration.ofSeconds(90));
        withCode(mfaToken(e.actor()), Totp.code(e.secret(), clock.instant().plusSeconds(30))).then().statusCode(200);
        clock.advance(Duration.ofSeconds(120));
        withCode(mfaToken(e.actor()), Totp.code(e.secret(), clock.instant().minusSeconds(60))).then().statusCode(401);
        withCode(mfaToken(e.actor()), Totp.code(e.secret(), clock.instant().minusSeconds(30))).then().statusCode(200);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        Enrolled e = enroll();
        String code = e.recoveryCodes().get(3);
        withCode(mfaToken(e.actor()), code).then().statusCode(200);
        withCode(mfaToken(e.actor()), code).then().statusCode(401);
        withCode(mfaToken(e.actor()), e.recoveryCodes().get(4).toUpperCase()).then().statusCode(200);
    }

    @Test
    void theMfaTokenExpiresAndIsSingleUse() {
        Enrolled e = enroll();
        String mfaToken = mfaToken(e.actor());
        clock.advance(Duration.ofMinutes(6));
        withCode(mfaToken, Totp.code(e.secret(), clock.instant())).then().statusCode(401);
        String fresh = mfaToken(e.actor());
        withCode(fresh, Totp.code(e.secret(), clock.instant())).then().statusCode(200);
        clock.advance(Duration.ofSeconds(30));
        withCode(fresh, Totp.code(e.secret(), clock.instant())).then().statusCode(401);
        withCode("made-up", "123456").then().statusCode(401);
    }

    @Test
    void wrongCodesAreThrottled() {
        Enrolled e = enroll();
        String mfaToken = mfaToken(e.actor());
        for (int i = 0; i < 5; i++) {
            withCode(mfaToken, "000000").then().statusCode(401);
        }
        withCode(mfaToken, "000000").then().statusCode(401);
        withCode(mfaToken, Totp.code(e.secret(), clock.instant().plusSeconds(30))).then().statusCode(429)
            .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // The wait is short (it grows with each further failure): the next step's code passes.
        clock.advance(Duration.ofSeconds(30));
        withCode(mfaToken, Totp.code(e.secret(), clock.instant())).then().statusCode(200);
    }

    @Test
    void removingTotpNeedsPasswordAndCode() {
        Enrolled e = enroll();
        clock.advance(Duration.ofSeconds(30));
        e.actor().api().body(Map.of("password", "wrong password entirely", "code", Totp.code(e.secret(), clock.instant())))
            .delete("/api/v1/me/mfa/totp").then().statusCode(400);
        e.actor().api().body(Map.of("password", Actors.PASSWORD, "code", Totp.code(e.secret(), clock.instant())))
            .delete("/api/v1/me/mfa/totp").then().statusCode(204);
        e.actor().api().get("/api/v1/me").then().body("mfaEnabled", equalTo(false));
        given().contentType(ContentType.JSON)
            .body(Map.of("email", e.actor().email(), "password", Actors.PASSWORD)).post("/api/v1/auth/login")
            .then().statusCode(200).body("accessToken", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aWrongConfirmationCodeLeavesMfaOff() {
        Actor alice = Actors.user();
        alice.api().post("/api/v1/me/mfa/totp").then().statusCode(200);
        alice.api().body(Map.of("code", "123456")).post("/api/v1/me/mfa/totp/confirm").then().statusCode(400);
        alice.api().get("/api/v1/me").then().body("mfaEnabled", equalTo(false));
    }

    @Test
    void enablingMfaIsMailedAsASecurityNotice() {
        SmtpSink.start();
        Enrolled e = enroll();
        sender.deliverDue();
        var subjects = SmtpSink.messagesTo(e.actor().email()).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
        assertEquals(true, subjects.stream().anyMatch(s -> s.contains("Security notice")), subjects.toString());
        assertEquals(true, SmtpSink.messagesTo(e.actor().email()).stream()
            .anyMatch(m -> SmtpSink.body(m).contains("two-factor sign-in (TOTP) was set up")));
    }
}
