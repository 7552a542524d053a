package de.cet.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.identity.application.Totp;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.MutableClock;
import de.cet.testing.SoftAuthenticator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Passkeys end to end through the API with a software authenticator: register (after the password),
 * sign in without password or TOTP, and every way a sign-in must be refused — another challenge, a
 * replayed answer, another origin, a counter gone back (a clone), a removed passkey, a disabled account.
 */
@QuarkusTest
class PasskeyFlowTest {

    static final String ORIGIN = SoftAuthenticator.ORIGIN;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> publicKey(Map<String, Object> options) {
        return (Map<String, Object>) options.get("publicKey");
    }

    static Map<String, Object> signInOptions() {
        return given().header("X-Forwarded-For", Actors.randomIp()).post("/api/v1/auth/passkey/options")
            .then().statusCode(200).body("ceremonyId", notNullValue()).extract().jsonPath().getMap("");
    }

    static ValidatableResponse signIn(Object ceremonyId, Map<String, Object> credential, String ip) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", ip)
            .body(Map.of("ceremonyId", ceremonyId, "credential", credential))
            .post("/api/v1/auth/passkey").then();
    }

    static ValidatableResponse signIn(SoftAuthenticator key) {
        Map<String, Object> options = signInOptions();
        return signIn(options.get("ceremonyId"), key.sign(publicKey(options), ORIGIN), Actors.randomIp());
    }

    static void refused(ValidatableResponse r) {
        r.statusCode(401).contentType(startsWith("application/problem+json")).body("type", equalTo("urn:cet:problem:invalid-passkey"))
            .body("accessToken", nullValue());
    }

    @Test
    void aUserWithTotpRegistersAPasskeyAndSignsInWithItAloneIntoAFullSession() {
        Actor alice = Actors.user("Alice Passkey");
        String secret = alice.api().post("/api/v1/me/mfa/totp").then().statusCode(200).extract().path("secret");
        alice.api().body(Map.of("code", Totp.code(secret, Instant.now()))).post("/api/v1/me/mfa/totp/confirm").then().statusCode(200);

        Map<String, Object> options = alice.api().body(Map.of("currentPassword", Actors.PASSWORD))
            .post("/api/v1/me/passkeys/registration-options").then().statusCode(200)
            .body("publicKey.rp.id", equalTo("localhost"))
            .body("publicKey.authenticatorSelection.residentKey", equalTo("required"))
            .body("publicKey.authenticatorSelection.userVerification", equalTo("required"))
            .body("publicKey.user.name", equalTo(alice.email())).extract().jsonPath().getMap("");
        SoftAuthenticator key = SoftAuthenticator.create();
        alice.api().body(Map.of("ceremonyId", options.get("ceremonyId"), "name", "  Laptop  ",
                "credential", key.register(publicKey(options), ORIGIN)))
            .post("/api/v1/me/passkeys").then().statusCode(201)
            .body("name", equalTo("Laptop")).body("lastUsedAt", nullValue());
        alice.api().get("/api/v1/me/passkeys").then().statusCode(200).body("", hasSize(1))
            .body("[0].name", equalTo("Laptop"));

        // No password, no TOTP code: the tokens of a finished sign-in, and they work.
        Map<String, Object> tokens = signIn(key).statusCode(200).body("tokenType", equalTo("Bearer"))
            .body("mfaRequired", nullValue()).body("mfaEnrollmentRequired", nullValue())
            .body("refreshToken", notNullValue()).extract().jsonPath().getMap("");
        given().header("Authorization", "Bearer " + tokens.get("accessToken")).get("/api/v1/me").then().statusCode(200)
            .body("email", equalTo(alice.email()));
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", tokens.get("refreshToken")))
            .post("/api/v1/auth/refresh").then().statusCode(200);
        alice.api().get("/api/v1/me/passkeys").then().body("[0].lastUsedAt", notNullValue());
        alice.api().get("/api/v1/me/sessions").then().body("", hasSize(2));
        alice.api().get("/api/v1/me/security-events").then().statusCode(200)
            .body("items.type", hasItem("PASSKEY_ADDED"))
            .body("items.find { it.type == 'LOGIN_SUCCEEDED' && it.detail.startsWith('passkey Laptop') }", notNullValue());
    }

    @Test
    void registeringNeedsTheCurrentPasswordAndASessionOfMyOwn() {
        Actor bob = Actors.user();
        bob.api().body(Map.of("currentPassword", "not my password at all")).post("/api/v1/me/passkeys/registration-options")
            .then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        bob.api().body(Map.of()).post("/api/v1/me/passkeys/registration-options").then().statusCode(400)
            .body("errors[0].field", equalTo("currentPassword"));
        bob.api().post("/api/v1/me/passkeys/registration-options").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("currentPassword", Actors.PASSWORD))
            .post("/api/v1/me/passkeys/registration-options").then().statusCode(401);

        // Options started by Bob cannot be finished by Carol, nor by Bob in another session.
        Map<String, Object> options = bob.api().body(Map.of("currentPassword", Actors.PASSWORD))
            .post("/api/v1/me/passkeys/registration-options").then().statusCode(200).extract().jsonPath().getMap("");
        Actor carol = Actors.user();
        carol.api().body(Map.of("ceremonyId", options.get("ceremonyId"),
                "credential", SoftAuthenticator.create().register(publicKey(options), ORIGIN)))
            .post("/api/v1/me/passkeys").then().statusCode(400).body("errors[0].field", equalTo("ceremonyId"));
        String otherSession = (String) Actors.login(bob.email(), Actors.PASSWORD).get("accessToken");
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + otherSession)
            .body(Map.of("ceremonyId", options.get("ceremonyId"),
                "credential", SoftAuthenticator.create().register(publicKey(options), ORIGIN)))
            .post("/api/v1/me/passkeys").then().statusCode(400).body("errors[0].field", equalTo("ceremonyId"));
        carol.api().get("/api/v1/me/passkeys").then().body("", hasSize(0));
        bob.api().get("/api/v1/me/passkeys").then().body("", hasSize(0));
    }

    @Test
    void aRegistrationFromAnotherOriginOrOverAnotherChallengeIsRefusedAndSpendsTheOptions() {
        Actor dora = Actors.user();
        Map<String, Object> options = begin(dora);
        SoftAuthenticator key = SoftAuthenticator.create();
        dora.api().body(Map.of("ceremonyId", options.get("ceremonyId"), "credential", key.register(publicKey(options), "https://evil.example")))
            .post("/api/v1/me/passkeys").then().statusCode(400).body("type", equalTo("urn:cet:problem:passkey-rejected"));
        // The options were spent by the refused answer: the right answer now comes too late.
        dora.api().body(Map.of("ceremonyId", options.get("ceremonyId"), "credential", key.register(publicKey(options), ORIGIN)))
            .post("/api/v1/me/passkeys").then().statusCode(400).body("errors[0].field", equalTo("ceremonyId"));

        Map<String, Object> second = begin(dora);
        dora.api().body(Map.of("ceremonyId", second.get("ceremonyId"),
                "credential", key.registerWith(SoftAuthenticator.randomChallenge(), "localhost", ORIGIN)))
            .post("/api/v1/me/passkeys").then().statusCode(400).body("type", equalTo("urn:cet:problem:passkey-rejected"));
        Map<String, Object> third = begin(dora);
        dora.api().body(Map.of("ceremonyId", third.get("ceremonyId"),
                "credential", key.registerWith((String) publicKey(third).get("challenge"), "evil.example", ORIGIN)))
            .post("/api/v1/me/passkeys").then().statusCode(400).body("type", equalTo("urn:cet:problem:passkey-rejected"));
        dora.api().get("/api/v1/me/passkeys").then().body("", hasSize(0));
    }

    @Test
    void badRegistrationInputIsAProblemDocumentNotAnError() {
        Actor eve = Actors.user();
        Map<String, Object> options = begin(eve);
        eve.api().body(Map.of("ceremonyId", options.get("ceremonyId"))).post("/api/v1/me/passkeys").then().statusCode(400)
            .body("errors[0].field", equalTo("credential"));
        eve.api().body(Map.of("ceremonyId", options.get("ceremonyId"), "credential", Map.of("id", 5, "response", "x")))
            .post("/api/v1/me/passkeys").then().statusCode(400).contentType(startsWith("application/problem+json"));
        eve.api().body(Map.of("ceremonyId", options.get("ceremonyId"), "name", "bad\u0007name",
                "credential", SoftAuthenticator.create().register(publicKey(options), ORIGIN)))
            .post("/api/v1/me/passkeys").then().statusCode(400).body("errors[0].field", equalTo("name"));
        eve.api().body("{\"ceremonyId\": \"not-a-uuid\", \"credential\": {}}").post("/api/v1/me/passkeys").then().statusCode(400);
        eve.api().body(Map.of("ceremonyId", UUID.randomUUID(), "credential", SoftAuthenticator.create().register(publicKey(options), ORIGIN)))
            .post("/api/v1/me/passkeys").then().statusCode(400).body("errors[0].field", equalTo("ceremonyId"));
    }

    @Test
    void expiredOptionsCannotBeFinished() {
        Actor fritz = Actors.user();
        Map<String, Object> options = begin(fritz);
        SoftAuthenticator key = SoftAuthenticator.create();
        clock.set(Instant.now().plus(Duration.ofMinutes(6)));
        fritz.api().body(Map.of("ceremonyId", options.get("ceremonyId"), "credential", key.register(publicKey(options), ORIGIN)))
            .post("/api/v1/me/passkeys").then().statusCode(400).body("errors[0].field", equalTo("ceremonyId"));
        clock.reset();

        key.registerFor(fritz, "Phone");
        Map<String, Object> signIn = signInOptions();
        clock.set(Instant.now().plus(Duration.ofMinutes(6)));
        refused(signIn(signIn.get("ceremonyId"), key.sign(publicKey(signIn), ORIGIN), Actors.randomIp()));
    }

    @Test
    void oneAuthenticatorIsRegisteredOnce() {
        Actor gerd = Actors.user();
        SoftAuthenticator key = SoftAuthenticator.create();
        key.registerFor(gerd, "Key");
        Map<String, Object> options = begin(gerd);
        assertEquals(key.credentialId(), ((Map<?, ?>) ((java.util.List<?>) publicKey(options).get("excludeCredentials")).get(0)).get("id"));
        gerd.api().body(Map.of("ceremonyId", options.get("ceremonyId"), "credential", key.register(publicKey(options), ORIGIN)))
            .post("/api/v1/me/passkeys").then().statusCode(409).body("type", equalTo("urn:cet:problem:passkey-already-registered"));
    }

    @Test
    void anAnswerOverAnotherChallengeIsRefusedAndTheCeremonyIsSpent() {
        Actor hanna = Actors.user();
        SoftAuthenticator key = SoftAuthenticator.create();
        key.registerFor(hanna, "Key");
        Map<String, Object> options = signInOptions();
        String ip = Actors.randomIp();
        refused(signIn(options.get("ceremonyId"), key.signWith(SoftAuthenticator.randomChallenge(), "localhost", ORIGIN, key.counter() + 1), ip));
        refused(signIn(options.get("ceremonyId"), key.sign(publicKey(options), ORIGIN), ip));
        hanna.api().get("/api/v1/me/security-events").then().body("items.type", hasItem("PASSKEY_FAILED"));
        refused(signIn(UUID.randomUUID(), key.sign(publicKey(options), ORIGIN), ip));
        signIn(key).statusCode(200);
    }

    @Test
    void aReplayedAnswerIsRefused() {
        Actor ida = Actors.user();
        SoftAuthenticator key = SoftAuthenticator.create();
        key.registerFor(ida, "Key");
        Map<String, Object> options = signInOptions();
        Map<String, Object> answer = key.sign(publicKey(options), ORIGIN);
        signIn(options.get("ceremonyId"), answer, Actors.randomIp()).statusCode(200);
        refused(signIn(options.get("ceremonyId"), answer, Actors.randomIp()));
        // Nor does it fit fresh options: their challenge is another.
        refused(signIn(signInOptions().get("ceremonyId"), answer, Actors.randomIp()));
    }

    @Test
    void anAnswerFromAnotherOriginOrForAnotherSiteIsRefused() {
        Actor jan = Actors.user();
        SoftAuthenticator key = SoftAuthenticator.create();
        key.registerFor(jan, "Key");
        Map<String, Object> options = signInOptions();
        refused(signIn(options.get("ceremonyId"), key.sign(publicKey(options), "https://evil.example"), Actors.randomIp()));
        Map<String, Object> other = signInOptions();
        refused(signIn(other.get("ceremonyId"), key.signWith((String) publicKey(other).get("challenge"), "evil.example", ORIGIN,
            key.counter() + 1), Actors.randomIp()));
        signIn(key).statusCode(200);
    }

    @Test
    void aClonedAuthenticatorWhoseCounterDidNotMoveOnIsRefused() {
        Actor kim = Actors.user();
        SoftAuthenticator key = SoftAuthenticator.create();
        key.registerFor(kim, "Key");
        signIn(key).statusCode(200); // counter 1
        signIn(key).statusCode(200); // counter 2
        SoftAuthenticator clone = key.cloned();
        signIn(key).statusCode(200); // counter 3: the original moved on
        refused(signIn(clone));      // the clone says 3 as well
        Map<String, Object> options = signInOptions();
        refused(signIn(options.get("ceremonyId"), key.signWith((String) publicKey(options).get("challenge"), "localhost", ORIGIN, 1),
            Actors.randomIp()));
        kim.api().get("/api/v1/me/security-events").then()
            .body("items.find { it.type == 'PASSKEY_FAILED' }.detail", org.hamcrest.Matchers.containsStringIgnoringCase("count"));
        signIn(key.cloned()).statusCode(401); // 2 after 3: refused too
        SoftAuthenticator onwards = key.cloned();
        Map<String, Object> next = signInOptions();
        signIn(next.get("ceremonyId"), onwards.signWith((String) publicKey(next).get("challenge"), "localhost", ORIGIN, 10),
            Actors.randomIp()).statusCode(200);
    }

    @Test
    void aRemovedPasskeySignsNobodyInAndAnotherUsersPasskeyIsNotFound() {
        Actor lena = Actors.user();
        Actor mats = Actors.user();
        SoftAuthenticator key = SoftAuthenticator.create();
        String id = key.registerFor(lena, "Key");
        mats.api().delete("/api/v1/me/passkeys/" + id).then().statusCode(404).body("type", equalTo("urn:cet:problem:passkey-not-found"));
        mats.api().get("/api/v1/me/passkeys").then().body("", hasSize(0));
        lena.api().get("/api/v1/me/passkeys").then().body("", hasSize(1));

        lena.api().delete("/api/v1/me/passkeys/" + id).then().statusCode(204);
        lena.api().get("/api/v1/me/passkeys").then().body("", hasSize(0));
        lena.api().delete("/api/v1/me/passkeys/" + id).then().statusCode(404);
        lena.api().delete("/api/v1/me/passkeys/not-a-uuid").then().statusCode(404);
        lena.api().get("/api/v1/me/security-events").then().body("items.type", hasItem("PASSKEY_REMOVED"));
        refused(signIn(key));
    }

    @Test
    void aDisabledUserCannotSignInWithAPasskey() {
        Actor admin = Actors.instanceAdmin();
        Actor nora = Actors.user();
        SoftAuthenticator key = SoftAuthenticator.create();
        key.registerFor(nora, "Key");
        admin.api().body(Map.of("disabled", true)).patch("/api/v1/admin/users/" + nora.id()).then().statusCode(200);
        refused(signIn(key));
        admin.api().body(Map.of("disabled", false)).patch("/api/v1/admin/users/" + nora.id()).then().statusCode(200);
        signIn(key).statusCode(200);
    }

    @Test
    void badSignInInputIsAProblemDocument() {
        given().contentType(ContentType.JSON).post("/api/v1/auth/passkey").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("ceremonyId", UUID.randomUUID())).post("/api/v1/auth/passkey")
            .then().statusCode(400).body("errors[0].field", equalTo("credential"));
        given().contentType(ContentType.JSON).body(Map.of("ceremonyId", UUID.randomUUID(), "credential", Map.of("type", "public-key")))
            .post("/api/v1/auth/passkey").then().statusCode(400).contentType(startsWith("application/problem+json"))
            .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
        given().contentType(ContentType.JSON).body("[1,2]").post("/api/v1/auth/passkey").then().statusCode(400);
        // An unknown credential: the same 401 as every refusal.
        refused(signIn(SoftAuthenticator.create()));
    }

    static Map<String, Object> begin(Actor actor) {
        return actor.api().body(Map.of("currentPassword", Actors.PASSWORD)).post("/api/v1/me/passkeys/registration-options")
            .then().statusCode(200).extract().jsonPath().getMap("");
    }
}
