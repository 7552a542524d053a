package de.cet.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.books.domain.BookRole;
import de.cet.shared.mail.OutboxSender;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.MutableClock;
import de.cet.testing.SmtpSink;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationFlowTest {

    @Inject
    OutboxSender sender;

    @Inject
    MutableClock clock;

    Actor admin;
    UUID book;

    @BeforeEach
    void bookWithAdmin() {
        SmtpSink.start();
        admin = Actors.user("Erika Admin");
        book = Actors.book(admin, "Fraktion Grün", "CAUCUS");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String newAddress() {
        return "invitee-" + UUID.randomUUID() + "@example.org";
    }

    private String invite(String email, String role) {
        admin.api().body(Map.of("email", email, "role", role)).post("/api/v1/books/" + book + "/invitations")
            .then().statusCode(201).body("email", equalTo(email)).body("role", equalTo(role));
        sender.deliverDue();
        return Actors.tokenFromLastMail(email);
    }

    private static io.restassured.response.Response acceptNew(String token, String name, String password) {
        return given().contentType(ContentType.JSON)
            .body(Map.of("token", token, "displayName", name, "password", password))
            .post("/api/v1/invitations/accept");
    }

    @Test
    void anInvitedTreasurerAcceptsSignsInAndSeesTheBook() {
        String email = newAddress();
        String token = invite(email, "TREASURER");
        String body = SmtpSink.body(SmtpSink.messagesTo(email).get(0));
        assertTrue(body.contains("/accept-invitation?token=" + token), body);
        assertTrue(body.lines().anyMatch(l -> l.strip().equals(token)), "token on a line of its own");
        assertTrue(token.length() >= 43, "at least 256 bits");

        given().get("/api/v1/invitations/" + token).then().statusCode(200)
            .body("email", equalTo(email)).body("bookName", equalTo("Fraktion Grün")).body("role", equalTo("TREASURER"));

        String userId = acceptNew(token, "Tom Treasurer", "quiet lantern harbor maple 19").then().statusCode(201)
            .extract().path("userId");
        Map<String, Object> tokens = Actors.login(email, "quiet lantern harbor maple 19");
        given().header("Authorization", "Bearer " + tokens.get("accessToken")).get("/api/v1/me").then().statusCode(200)
            .body("id", equalTo(userId)).body("emailVerified", equalTo(true))
            .body("memberships[0].bookId", equalTo(book.toString()))
            .body("memberships[0].role", equalTo("TREASURER"));
        given().header("Authorization", "Bearer " + tokens.get("accessToken")).get("/api/v1/books/" + book)
            .then().statusCode(200).body("role", equalTo("TREASURER"));
    }

    @Test
    void anInvitationWorksOnce() {
        String email = newAddress();
        String token = invite(email, "MEMBER");
        acceptNew(token, "Mia Member", "quiet lantern harbor maple 19").then().statusCode(201);
        acceptNew(token, "Mia Again", "quiet lantern harbor maple 19").then().statusCode(404);
        given().get("/api/v1/invitations/" + token).then().statusCode(404);
    }

    @Test
    void anExpiredInvitationIsRefused() {
        String email = newAddress();
        String token = invite(email, "MEMBER");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        given().get("/api/v1/invitations/" + token).then().statusCode(404);
        acceptNew(token, "Late Larry", "quiet lantern harbor maple 19").then().statusCode(404);
    }

    @Test
    void aRevokedInvitationIsRefused() {
        String email = newAddress();
        String token = invite(email, "MEMBER");
        String id = admin.api().get("/api/v1/books/" + book + "/invitations").then().statusCode(200)
            .extract().path("items.find { it.email == '" + email + "' }.id");
        admin.api().delete("/api/v1/books/" + book + "/invitations/" + id).then().statusCode(204);
        admin.api().get("/api/v1/books/" + book + "/invitations").then().body("items.email", not(hasItem(email)));
        acceptNew(token, "Rita Revoked", "quiet lantern harbor maple 19").then().statusCode(404);
    }

    @Test
    void anInvitationForAnotherAddressCannotBeAcceptedByASignedInUser() {
        String token = invite(newAddress(), "AUDITOR");
        Actor mallory = Actors.user();
        mallory.api().body(Map.of("token", token)).post("/api/v1/invitations/accept").then().statusCode(403);
        mallory.api().get("/api/v1/books/" + book).then().statusCode(404);
    }

    @Test
    void anExistingAccountAcceptsWithItsBearerToken() {
        Actor bob = Actors.user("Bob Existing");
        String token = invite(bob.email(), "AUDITOR");
        acceptNew(token, "Bob Twin", "quiet lantern harbor maple 19").then().statusCode(409);
        bob.api().body(Map.of("token", token)).post("/api/v1/invitations/accept").then().statusCode(200)
            .body("userId", equalTo(bob.id().toString()));
        bob.api().get("/api/v1/books/" + book).then().statusCode(200).body("role", equalTo("AUDITOR"));
        bob.api().body(Map.of("token", token)).post("/api/v1/invitations/accept").then().statusCode(404);
    }

    @Test
    void weakPasswordsAreRefusedWhenAccepting() {
        String email = newAddress();
        String token = invite(email, "MEMBER");
        acceptNew(token, "Paula Weak", "short").then().statusCode(400).body("errors[0].field", equalTo("password"));
        acceptNew(token, "Paula Weak", "password1234").then().statusCode(400);
        acceptNew(token, "Paula Weak", email + "x").then().statusCode(400);
        acceptNew(token, "Paula Weakling", "paula weakling 2024").then().statusCode(400);
        acceptNew(token, "Paula Weak", "x".repeat(129)).then().statusCode(400);
        // Nothing was used up by the refusals.
        acceptNew(token, "Paula Weak", "granite sparrow cobalt 88 meadow").then().statusCode(201);
    }

    @Test
    void onlyAdminsInviteAndNonMembersSeeNothing() {
        Actor treasurer = Actors.member(book, BookRole.TREASURER);
        Actor stranger = Actors.user();
        Map<String, String> body = Map.of("email", newAddress(), "role", "MEMBER");
        for (BookRole role : new BookRole[] {BookRole.TREASURER, BookRole.MEMBER, BookRole.AUDITOR}) {
            Actor member = role == BookRole.TREASURER ? treasurer : Actors.member(book, role);
            member.api().body(body).post("/api/v1/books/" + book + "/invitations").then().statusCode(403);
            member.api().get("/api/v1/books/" + book + "/invitations").then().statusCode(403);
        }
        stranger.api().body(body).post("/api/v1/books/" + book + "/invitations").then().statusCode(404);
        stranger.api().get("/api/v1/books/" + book + "/invitations").then().statusCode(404);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/books/" + book + "/invitations")
            .then().statusCode(401);
    }

    @Test
    void anInvitationIdFromAnotherBookIsNotFound() {
        invite(newAddress(), "MEMBER");
        String id = admin.api().get("/api/v1/books/" + book + "/invitations").then().extract().path("items[0].id");
        UUID otherBook = Actors.book(admin);
        admin.api().delete("/api/v1/books/" + otherBook + "/invitations/" + id).then().statusCode(404);
    }

    @Test
    void invalidInvitationsAreRefusedWithFieldErrors() {
        admin.api().body(Map.of("email", "not-an-address", "role", "MEMBER"))
            .post("/api/v1/books/" + book + "/invitations").then().statusCode(400).body("errors[0].field", equalTo("email"));
        admin.api().body(Map.of("email", newAddress(), "role", "OWNER"))
            .post("/api/v1/books/" + book + "/invitations").then().statusCode(400);
        given().get("/api/v1/invitations/unknown-token").then().statusCode(404);
    }

    @Test
    void acceptingIntoABookWhereTheUserIsAlreadyAMemberConflicts() {
        Actor member = Actors.member(book, BookRole.MEMBER);
        String token = invite(member.email(), "TREASURER");
        member.api().body(Map.of("token", token)).post("/api/v1/invitations/accept").then().statusCode(409);
        assertEquals("MEMBER", member.api().get("/api/v1/books/" + book).then().extract().path("role"));
    }
}
