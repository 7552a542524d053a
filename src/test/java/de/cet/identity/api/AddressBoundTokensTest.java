package de.cet.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import de.cet.identity.application.Secrets;
import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.OneTimeToken;
import de.cet.shared.mail.OutboxSender;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.MutableClock;
import de.cet.testing.SmtpSink;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A token mailed to an address proves control of that address only: once the account has another one,
 * verification tokens and invitations for the former address do nothing for it (issue 12; the reset
 * case is in PasswordResetAbuseTest).
 */
@QuarkusTest
class AddressBoundTokensTest {

    @Inject
    OutboxSender sender;

    @Inject
    IdentityRepository repository;

    @Inject
    MutableClock clock;

    @BeforeEach
    void sink() {
        SmtpSink.start();
    }

    private String verificationTokenFor(Actor user, String address) {
        String token = Secrets.token(32);
        var now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> repository.addOneTimeToken(new OneTimeToken(Secrets.sha256(token),
            OneTimeToken.Purpose.EMAIL_VERIFICATION, user.id(), address, now, now.plus(Duration.ofDays(2)))));
        return token;
    }

    private void changeEmail(Actor user, String newEmail) {
        user.api().body(Map.of("newEmail", newEmail, "currentPassword", Actors.PASSWORD))
            .post("/api/v1/me/email").then().statusCode(202);
        sender.deliverDue();
        given().contentType(ContentType.JSON).body(Map.of("token", Actors.tokenFromLastMail(newEmail)))
            .post("/api/v1/auth/email-verification/confirm").then().statusCode(204);
    }

    @Test
    void aVerificationTokenForAFormerAddressFailsAndDoesNotSwitchTheAccountBack() {
        Actor alice = Actors.user();
        String issuedBefore = verificationTokenFor(alice, alice.email());
        String newEmail = "moved-" + UUID.randomUUID() + "@example.org";
        changeEmail(alice, newEmail);
        // Issued for the old address after the change (it is the token's address that counts, not only
        // whether the change voided it).
        String issuedAfter = verificationTokenFor(alice, alice.email());

        for (String token : new String[] {issuedBefore, issuedAfter}) {
            given().contentType(ContentType.JSON).body(Map.of("token", token))
                .post("/api/v1/auth/email-verification/confirm").then().statusCode(404)
                .body("type", org.hamcrest.Matchers.containsString("invalid-token"));
        }
        alice.api().get("/api/v1/me").then().body("email", equalTo(newEmail));
    }

    @Test
    void aVerificationTokenForTheCurrentAddressStillWorks() {
        Actor alice = Actors.user();
        given().contentType(ContentType.JSON).body(Map.of("token", verificationTokenFor(alice, alice.email())))
            .post("/api/v1/auth/email-verification/confirm").then().statusCode(204);
        alice.api().get("/api/v1/me").then().body("email", equalTo(alice.email())).body("emailVerified", equalTo(true));
    }

    @Test
    void anInvitationToAFormerAddressCannotBeAcceptedByTheAccountThatMovedAway() {
        Actor admin = Actors.user("Erika Admin");
        UUID book = Actors.book(admin, "Fraktion Rot", "CAUCUS");
        Actor alice = Actors.user();
        String oldEmail = alice.email();
        admin.api().body(Map.of("email", oldEmail, "role", "MEMBER")).post("/api/v1/books/" + book + "/invitations")
            .then().statusCode(201);
        sender.deliverDue();
        String invitation = Actors.tokenFromLastMail(oldEmail);

        changeEmail(alice, "moved-" + UUID.randomUUID() + "@example.org");
        alice.api().body(Map.of("token", invitation)).post("/api/v1/invitations/accept").then().statusCode(403);
        alice.api().get("/api/v1/me").then().body("memberships.size()", equalTo(0));
    }
}
