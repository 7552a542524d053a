package de.cet.identity.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.identity.infrastructure.JwtKeys;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API.md "Security cases that must fail": forged, foreign, expired and misused tokens all get 401. */
@QuarkusTest
class ForgedTokenTest {

    @Inject
    JwtKeys keys;

    @Inject
    MutableClock clock;

    @ConfigProperty(name = "cet.identity.jwt.issuer")
    String issuer;

    Actor alice;
    String sid;

    @BeforeEach
    void signIn() throws Exception {
        alice = Actors.user();
        String payload = alice.accessToken().split("\\.")[1];
        Map<?, ?> claims = new ObjectMapper().readValue(Base64.getUrlDecoder().decode(payload), Map.class);
        sid = (String) claims.get("sid");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JwtClaimsBuilder claims(String iss, String aud, Instant issuedAt, Instant expiresAt) {
        return Jwt.issuer(iss).audience(aud).subject(alice.id().toString()).upn(alice.id().toString())
            .groups(Set.of("user")).claim("sid", sid).issuedAt(issuedAt).expiresAt(expiresAt);
    }

    private JwtClaimsBuilder valid() {
        Instant now = Instant.now();
        return claims(issuer, "cet-api", now, now.plusSeconds(300));
    }

    private static void refused(String token) {
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401)
            .contentType("application/problem+json");
    }

    @Test
    void aCorrectlySignedTokenIsAccepted() {
        String token = valid().jws().algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey());
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void algNoneIsRefused() {
        String[] parts = valid().jws().algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey()).split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(header + "." + parts[1] + ".");
        refused(header + "." + parts[1] + "." + parts[2]);
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(keys.publicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        String token = valid().jws().algorithm(SignatureAlgorithm.HS256)
            .sign(new SecretKeySpec(pem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        refused(token);
        String raw = valid().jws().algorithm(SignatureAlgorithm.HS256)
            .sign(new SecretKeySpec(keys.publicKey().getEncoded(), "HmacSHA256"));
        refused(raw);
    }

    @Test
    void wrongIssuerIsRefused() {
        Instant now = Instant.now();
        refused(claims("https://evil.example", "cet-api", now, now.plusSeconds(300))
            .jws().algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey()));
    }

    @Test
    void wrongAudienceIsRefused() {
        Instant now = Instant.now();
        refused(claims(issuer, "another-api", now, now.plusSeconds(300))
            .jws().algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey()));
    }

    @Test
    void expiredTokenIsRefused() {
        Instant past = Instant.now().minus(Duration.ofMinutes(20));
        refused(claims(issuer, "cet-api", past, past.plusSeconds(600))
            .jws().algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey()));
    }

    @Test
    void anIssuedTokenExpiresWhenTheClockPassesItsLifetime() {
        alice.api().get("/api/v1/me").then().statusCode(200);
        clock.advance(Duration.ofMinutes(10).plusSeconds(6));
        alice.api().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void tokenLivingLongerThanFifteenMinutesIsRefused() {
        Instant now = Instant.now();
        refused(claims(issuer, "cet-api", now, now.plus(Duration.ofHours(2)))
            .jws().algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey()));
    }

    @Test
    void tokenSignedByAnUnknownKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreign = generator.generateKeyPair().getPrivate();
        refused(valid().jws().algorithm(SignatureAlgorithm.RS256).sign(foreign));
    }

    @Test
    void tokenWithoutSessionIsRefused() {
        Instant now = Instant.now();
        refused(Jwt.issuer(issuer).audience("cet-api").subject(alice.id().toString()).upn(alice.id().toString())
            .groups(Set.of("user")).issuedAt(now).expiresAt(now.plusSeconds(300))
            .jws().algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey()));
    }

    @Test
    void tokenNamingAnotherUsersSessionIsRefused() {
        Actor mallory = Actors.user();
        Instant now = Instant.now();
        refused(Jwt.issuer(issuer).audience("cet-api").subject(mallory.id().toString()).upn(mallory.id().toString())
            .groups(Set.of("user")).claim("sid", sid).issuedAt(now).expiresAt(now.plusSeconds(300))
            .jws().algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey()));
    }

    @Test
    void refreshTokenIsNoAccessToken() {
        refused(alice.refreshToken());
    }

    @Test
    void accessTokenIsNoRefreshToken() {
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", alice.accessToken()))
            .post("/api/v1/auth/refresh").then().statusCode(401);
        alice.api().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void garbageAndOtherSchemesAreRefused() {
        refused("not-a-jwt");
        given().header("Authorization", "Basic YWxpY2U6c2VjcmV0").get("/api/v1/me").then().statusCode(401);
        given().get("/api/v1/me").then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void anEnrollmentOnlyTokenOpensOnlyTheEnrollmentEndpoints() {
        Instant now = Instant.now();
        String token = Jwt.issuer(issuer).audience("cet-api").subject(alice.id().toString()).upn(alice.id().toString())
            .groups(Set.of("mfa-enrollment")).claim("sid", sid).issuedAt(now).expiresAt(now.plusSeconds(300))
            .jws().algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey());
        given().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).post("/api/v1/me/mfa/totp").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).get("/api/v1/books").then().statusCode(401);
        given().header("Authorization", "Bearer " + token).get("/api/v1/me/sessions").then().statusCode(401);
    }
}
