package de.cet.identity.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.identity.application.PasswordResetMails;
import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.PasswordResetRequest;
import de.cet.shared.mail.OutboxSender;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.MutableClock;
import de.cet.testing.SmtpSink;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Password reset against a stranger (issue 12): its timing tells nothing about accounts, a flood sends
 * a few mails and cannot cancel the owner's link, and a link mailed to a former address is worthless.
 */
@QuarkusTest
class PasswordResetAbuseTest {

    static final String NEW_PASSWORD = "harbor violet quantum spruce 63";

    @Inject
    OutboxSender sender;

    @Inject
    PasswordResetMails resetMails;

    @Inject
    IdentityRepository repository;

    @Inject
    EntityManager em;

    @Inject
    MutableClock clock;

    @TestHTTPResource("/api/v1/auth/password-reset")
    URI resetUri;

    @BeforeEach
    void sink() {
        SmtpSink.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void requestReset(String email, String source) {
        given().contentType(ContentType.JSON).header("X-Forwarded-For", source).body(Map.of("email", email))
            .post("/api/v1/auth/password-reset").then().statusCode(202);
    }

    private void deliver() {
        resetMails.processDue();
        sender.deliverDue();
    }

    private static List<String> resetTokensMailedTo(String address) {
        List<String> tokens = new ArrayList<>();
        for (var m : SmtpSink.messagesTo(address)) {
            Matcher t = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)").matcher(SmtpSink.body(m));
            if (t.find()) {
                tokens.add(t.group(1));
            }
        }
        return tokens;
    }

    private static io.restassured.response.Response confirm(String token, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", password))
            .post("/api/v1/auth/password-reset/confirm");
    }

    private static io.restassured.response.Response login(String email, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", email, "password", password)).post("/api/v1/auth/login");
    }

    private long timedRequest(HttpClient http, String email) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(resetUri).header("Content-Type", "application/json")
            .header("X-Forwarded-For", Actors.randomIp())
            .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}")).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        assertEquals(202, response.statusCode());
        return elapsed;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    @Test
    void theTimeOfARequestDoesNotTellWhetherTheAddressHasAnAccount() throws Exception {
        int pairs = 100;
        List<String> known = new ArrayList<>();
        for (int i = 0; i < pairs + 20; i++) {
            // A fresh account each time, so that every known request causes the full work (no limit kicks in).
            known.add(Actors.user().email());
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 20; i++) { // warm-up of both paths
            timedRequest(http, known.get(pairs + i));
            timedRequest(http, "warm-" + UUID.randomUUID() + "@example.org");
        }
        resetMails.processDue();
        List<Boolean> order = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            order.add(true);
            order.add(false);
        }
        Collections.shuffle(order);
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        int k = 0;
        for (boolean isKnown : order) {
            if (isKnown) {
                knownTimes.add(timedRequest(http, known.get(k++)));
            } else {
                unknownTimes.add(timedRequest(http, "nobody-" + UUID.randomUUID() + "@example.org"));
            }
        }
        double ratio = median(knownTimes) / median(unknownTimes);
        System.out.printf("password-reset timing: known median %.2f ms, unknown median %.2f ms, ratio %.3f%n",
            median(knownTimes) / 1e6, median(unknownTimes) / 1e6, ratio);
        assertTrue(ratio > 0.67 && ratio < 1.5, "known/unknown median ratio " + ratio + " (known "
            + median(knownTimes) / 1e6 + " ms, unknown " + median(unknownTimes) / 1e6 + " ms)");

        // And the known addresses did get their mails.
        deliver();
        assertEquals(1, resetTokensMailedTo(known.get(0)).size());
        assertEquals(1, resetTokensMailedTo(known.get(pairs - 1)).size());
    }

    @Test
    void aRequestStoredBeforeACrashIsMailedByTheNextRun() {
        Actor alice = Actors.user();
        // What POST /auth/password-reset leaves when the process dies right after its commit.
        QuarkusTransaction.requiringNew().run(() ->
            repository.addPasswordResetRequest(new PasswordResetRequest(alice.email(), Actors.randomIp(), clock.instant())));
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from identity_password_reset_request where email = ?1 and processed_at is null")
            .setParameter(1, alice.email()).getSingleResult()).longValue());
        assertEquals(1, stored, "the request is a committed row");
        assertTrue(resetTokensMailedTo(alice.email()).isEmpty());

        deliver();
        List<String> tokens = resetTokensMailedTo(alice.email());
        assertEquals(1, tokens.size());
        confirm(tokens.get(0), NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void aFloodSendsAtMostTheLimitAndTheFirstLinkStillWorks() {
        Actor alice = Actors.user();
        requestReset(alice.email(), Actors.randomIp());
        deliver();
        String first = resetTokensMailedTo(alice.email()).get(0);

        for (int i = 0; i < 30; i++) {
            requestReset(alice.email(), Actors.randomIp()); // from everywhere, so only the address limit holds
        }
        deliver();
        assertEquals(3, resetTokensMailedTo(alice.email()).size(), "CET_RESET_MAILS_PER_ADDRESS = 3 per hour");

        confirm(first, NEW_PASSWORD).then().statusCode(204);
        login(alice.email(), NEW_PASSWORD).then().statusCode(200);
        // Using one link voids the others that were mailed.
        for (String later : resetTokensMailedTo(alice.email()).subList(1, 3)) {
            confirm(later, NEW_PASSWORD + " again").then().statusCode(404);
        }

        // After the window the owner can ask again.
        clock.advance(Duration.ofMinutes(61));
        requestReset(alice.email(), Actors.randomIp());
        deliver();
        assertEquals(4, resetTokensMailedTo(alice.email()).size());
    }

    @Test
    void oneSourceSendsAtMostItsLimitOfResetMails() {
        String source = Actors.randomIp();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            addresses.add(Actors.user().email());
        }
        addresses.forEach(a -> requestReset(a, source));
        deliver();
        long mailed = addresses.stream().filter(a -> !resetTokensMailedTo(a).isEmpty()).count();
        assertEquals(10, mailed, "CET_RESET_MAILS_PER_SOURCE = 10 per hour");

        // Another source is not held back by that one.
        String last = addresses.get(11);
        requestReset(last, Actors.randomIp());
        deliver();
        assertEquals(1, resetTokensMailedTo(last).size());
    }

    @Test
    void aResetLinkMailedToTheOldAddressIsRefusedOnceTheAddressChanged() {
        Actor alice = Actors.user();
        requestReset(alice.email(), Actors.randomIp());
        deliver();
        String oldLink = resetTokensMailedTo(alice.email()).get(0);

        String newEmail = "moved-" + UUID.randomUUID() + "@example.org";
        alice.api().body(Map.of("newEmail", newEmail, "currentPassword", Actors.PASSWORD))
            .post("/api/v1/me/email").then().statusCode(202);
        sender.deliverDue();
        given().contentType(ContentType.JSON).body(Map.of("token", Actors.tokenFromLastMail(newEmail)))
            .post("/api/v1/auth/email-verification/confirm").then().statusCode(204);

        confirm(oldLink, NEW_PASSWORD).then().statusCode(404);
        login(newEmail, NEW_PASSWORD).then().statusCode(401);
        login(newEmail, Actors.PASSWORD).then().statusCode(200);
    }

    @Test
    void aResetLinkIsRefusedWhenTheAccountsAddressIsNoLongerTheOneItWasMailedTo() {
        // The check itself, whatever voided or did not void the token: the token row names the address.
        Actor alice = Actors.user();
        requestReset(alice.email(), Actors.randomIp());
        deliver();
        String link = resetTokensMailedTo(alice.email()).get(0);
        String elsewhere = "elsewhere-" + UUID.randomUUID() + "@example.org";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update identity_user set email = ?1 where id = ?2")
            .setParameter(1, elsewhere).setParameter(2, alice.id()).executeUpdate());
        confirm(link, NEW_PASSWORD).then().statusCode(404);
    }
}
