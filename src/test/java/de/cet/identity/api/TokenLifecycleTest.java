package de.cet.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenLifecycleTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static io.restassured.response.Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON)
            .body(Map.of("refreshToken", refreshToken)).post("/api/v1/auth/refresh");
    }

    @Test
    void signInAnswersBearerTokensThatOpenTheApi() {
        Actor alice = Actors.user("Alice Example");
        Map<String, Object> tokens = Actors.login(alice.email(), Actors.PASSWORD);
        assertEquals("Bearer", tokens.get("tokenType"));
        assertTrue(((Number) tokens.get("expiresIn")).intValue() <= 900);
        assertTrue(((String) tokens.get("refreshToken")).length() >= 43, "refresh token carries 256 bits");

        alice.api().get("/api/v1/me").then().statusCode(200)
            .body("id", equalTo(alice.id().toString()))
            .body("email", equalTo(alice.email()))
            .body("displayName", equalTo("Alice Example"))
            .body("emailVerified", equalTo(true))
            .body("mfaEnabled", equalTo(false));
    }

    @Test
    void wrongPasswordAndUnknownAddressGetTheSameAnswer() {
        Actor alice = Actors.user();
        String client = Actors.randomIp();
        String wrong = given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
            .body(Map.of("email", alice.email(), "password", "not the password at all"))
            .post("/api/v1/auth/login").then().statusCode(401).contentType("application/problem+json")
            .extract().path("detail");
        String unknown = given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
            .body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.org", "password", "not the password at all"))
            .post("/api/v1/auth/login").then().statusCode(401).extract().path("detail");
        assertEquals(wrong, unknown);
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        Actor alice = Actors.user();
        Map<String, Object> next = refresh(alice.refreshToken()).then().statusCode(200)
            .body("accessToken", notNullValue()).extract().jsonPath().getMap("");
        assertNotEquals(alice.refreshToken(), next.get("refreshToken"));
        given().header("Authorization", "Bearer " + next.get("accessToken")).get("/api/v1/me").then().statusCode(200);
        refresh((String) next.get("refreshToken")).then().statusCode(200);
    }

    @Test
    void aUsedRefreshTokenFailsAndKillsItsWholeFamily() {
        Actor alice = Actors.user();
        Map<String, Object> next = refresh(alice.refreshToken()).then().statusCode(200).extract().jsonPath().getMap("");

        refresh(alice.refreshToken()).then().statusCode(401).contentType("application/problem+json");

        // The thief's replay ended the session: the newest refresh and access tokens fail too.
        refresh((String) next.get("refreshToken")).then().statusCode(401);
        given().header("Authorization", "Bearer " + next.get("accessToken")).get("/api/v1/me").then().statusCode(401);
        alice.api().get("/api/v1/me/security-events").then().statusCode(401);
        Actor again = new Actor(alice.id(), alice.email(), alice.displayName(),
            (String) Actors.login(alice.email(), Actors.PASSWORD).get("accessToken"), null);
        again.api().get("/api/v1/me/security-events").then().statusCode(200)
            .body("items.type", org.hamcrest.Matchers.hasItem("REFRESH_TOKEN_REUSED"));
    }

    @Test
    void logoutEndsTheSessionsAccessTokensAtOnce() {
        Actor alice = Actors.user();
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", alice.refreshToken()))
            .post("/api/v1/auth/logout").then().statusCode(204);
        alice.api().get("/api/v1/me").then().statusCode(401);
        refresh(alice.refreshToken()).then().statusCode(401);
    }

    @Test
    void revokedSessionsTokensFail() {
        Actor alice = Actors.user();
        Map<String, Object> laptop = Actors.login(alice.email(), Actors.PASSWORD);
        String sessionId = alice.api().get("/api/v1/me/sessions").then().statusCode(200)
            .extract().path("find { !it.current }.id");
        alice.api().delete("/api/v1/me/sessions/" + sessionId).then().statusCode(204);

        given().header("Authorization", "Bearer " + laptop.get("accessToken")).get("/api/v1/me").then().statusCode(401);
        refresh((String) laptop.get("refreshToken")).then().statusCode(401);
        alice.api().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void anotherUsersSessionCannotBeRevoked() {
        Actor alice = Actors.user();
        Actor mallory = Actors.user();
        String aliceSession = alice.api().get("/api/v1/me/sessions").then().extract().path("[0].id");
        mallory.api().delete("/api/v1/me/sessions/" + aliceSession).then().statusCode(404);
        alice.api().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void refreshFailsAfterTheIdleTimeout() {
        Actor alice = Actors.user();
        clock.advance(Duration.ofDays(15));
        refresh(alice.refreshToken()).then().statusCode(401);
    }

    @Test
    void refreshKeepsASessionAliveOnlyUntilItsAbsoluteLimit() {
        Actor alice = Actors.user();
        String refreshToken = alice.refreshToken();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofDays(13));
            refreshToken = refresh(refreshToken).then().statusCode(200).extract().path("refreshToken");
        }
        clock.advance(Duration.ofDays(9)); // 61 days after sign-in
        refresh(refreshToken).then().statusCode(401);
    }

    @Test
    void disablingAUserEndsTheirTokensAtOnce() {
        Actor admin = Actors.instanceAdmin();
        Actor bob = Actors.user();
        bob.api().get("/api/v1/me").then().statusCode(200);
        admin.api().body(Map.of("disabled", true)).patch("/api/v1/admin/users/" + bob.id()).then().statusCode(200)
            .body("disabled", equalTo(true));
        bob.api().get("/api/v1/me").then().statusCode(401);
        refresh(bob.refreshToken()).then().statusCode(401);
        given().contentType(ContentType.JSON)
            .body(Map.of("email", bob.email(), "password", Actors.PASSWORD)).post("/api/v1/auth/login")
            .then().statusCode(401);
    }

    @Test
    void onlyInstanceAdminsManageUsers() {
        Actor bob = Actors.user();
        bob.api().get("/api/v1/admin/users").then().statusCode(403);
        bob.api().body(Map.of("disabled", true)).patch("/api/v1/admin/users/" + bob.id()).then().statusCode(403);
        Actor admin = Actors.instanceAdmin();
        admin.api().get("/api/v1/admin/users?size=500").then().statusCode(200);
        admin.api().get("/api/v1/admin/users/" + bob.id() + "/security-events").then().statusCode(200)
            .body("items.type", org.hamcrest.Matchers.hasItem("LOGIN_SUCCEEDED"));
    }

    @Test
    void theUserListIsSortedByCreationEitherWay() {
        Actor admin = Actors.instanceAdmin();
        Actor newest = Actors.user();
        admin.api().get("/api/v1/admin/users?size=1&sort=createdAt,desc").then().statusCode(200)
            .body("items[0].id", equalTo(newest.id().toString()));
        String oldest = admin.api().get("/api/v1/admin/users?size=1&sort=createdAt,asc").then().statusCode(200)
            .extract().path("items[0].id");
        org.junit.jupiter.api.Assertions.assertNotEquals(newest.id().toString(), oldest, "oldest first is another user");
        admin.api().get("/api/v1/admin/users?sort=email,asc").then().statusCode(400);
    }
}
