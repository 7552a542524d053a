package de.cet.notifications.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.record;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.LiveProbe;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/me/live}: members hear of their book's changes within a second, nobody else does; a bad
 * token is refused; a revoked session's or disabled user's socket is closed; the token never goes in the URL.
 */
@QuarkusTest
class LiveSocketTest {

    static final Duration SECOND = Duration.ofSeconds(1);

    @TestHTTPResource("/")
    URL base;

    Actor admin;
    UUID book;
    UUID bank;
    UUID office;

    @BeforeEach
    void book() {
        admin = Actors.user();
        book = LedgerFixtures.caucusBook(admin, 2026);
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", false, "fourEyes", false, "requireReceipt", false));
        bank = LedgerFixtures.bankAccount(admin, book, "100.00", "2026-01-01");
        office = category(admin, book, "EX-300");
    }

    private LiveProbe signedIn(Actor actor) {
        LiveProbe probe = LiveProbe.connect(base.toString()).authenticate(actor.accessToken());
        assertEquals("{\"type\":\"ready\"}", probe.next(Duration.ofSeconds(5)), "authenticated");
        return probe;
    }

    private UUID booked(String amount) {
        Map<String, Object> body = tx("EXPENSE", amount, "2026-03-01", bank, office);
        body.put("status", "BOOKED");
        return record(admin, book, body);
    }

    @Test
    void aMemberHearsOfABookedEntryWithinASecondAndANonMemberHearsNothing() {
        Actor member = Actors.member(book, BookRole.MEMBER);
        Actor stranger = Actors.user();
        UUID strangersBook = LedgerFixtures.caucusBook(stranger, 2026);
        try (LiveProbe mine = signedIn(member); LiveProbe theirs = signedIn(stranger)) {
            long start = System.nanoTime();
            UUID id = booked("12.00");
            String pushed = mine.nextContaining(id.toString(), SECOND.plusMillis(500));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertNotNull(pushed, "the member's socket was told");
            assertEquals("{\"type\":\"transaction.changed\",\"bookId\":\"" + book + "\",\"id\":\"" + id + "\"}", pushed);
            assertTrue(millis < 1000 + 500, "within a second of the answer (the request itself included): " + millis + " ms");
            assertNull(theirs.next(SECOND), "a non-member hears nothing about the book");
            assertEquals(strangersBook, strangersBook); // their own book is theirs: see the next assertion
            Map<String, Object> own = tx("EXPENSE", "1.00", "2026-03-01",
                LedgerFixtures.bankAccount(stranger, strangersBook, "10.00", "2026-01-01"),
                category(stranger, strangersBook, "EX-300"));
            record(stranger, strangersBook, own);
            assertNotNull(theirs.nextContaining(strangersBook.toString(), SECOND.plusMillis(500)));
            assertTrue(mine.drain().stream().noneMatch(m -> m.contains(strangersBook.toString())),
                "and the member nothing about the stranger's book");
        }
    }

    /**
     * A create as SUBMITTED is two history changes (created, submitted), each publishing the same event in
     * one transaction; PostgreSQL delivers identical notifications of one transaction once, so the browser
     * hears of it once.
     */
    @Test
    void aClaimRecordedAsSubmittedIsPushedOnceThoughItWritesTwoHistoryRows() {
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", true));
        Actor member = Actors.member(book, BookRole.MEMBER);
        try (LiveProbe watcher = signedIn(admin)) {
            Map<String, Object> claim = tx("EXPENSE", "7.00", "2026-03-01", bank, office);
            claim.put("paidByMemberId", member.id().toString());
            claim.put("status", "SUBMITTED");
            UUID id = record(member, book, claim);
            String change = "{\"type\":\"transaction.changed\",\"bookId\":\"" + book + "\",\"id\":\"" + id + "\"}";
            assertNotNull(watcher.nextContaining(change, SECOND.plusMillis(500)), "the change is pushed");
            // wait for a straggler before counting: a second push would come right after the first
            assertNull(watcher.nextContaining(change, Duration.ofMillis(700)), "and only once");
        }
    }

    @Test
    void myOwnNotificationReachesOnlyMe() {
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", true));
        Actor treasurer = Actors.member(book, BookRole.TREASURER);
        Actor member = Actors.member(book, BookRole.MEMBER);
        try (LiveProbe keeper = signedIn(treasurer); LiveProbe claimant = signedIn(member)) {
            Map<String, Object> claim = tx("EXPENSE", "9.00", "2026-03-01", bank, office);
            claim.put("paidByMemberId", member.id().toString());
            claim.put("status", "SUBMITTED");
            UUID id = record(member, book, claim);
            assertNotNull(keeper.nextContaining("\"type\":\"notification\"", SECOND.plusMillis(500)), "approval requested");
            assertNotNull(claimant.nextContaining(id.toString(), SECOND), "the change itself reaches every member");
            assertTrue(claimant.drain().stream().noneMatch(m -> m.contains("\"type\":\"notification\"")),
                "the keeper's notification is not the claimant's");
            treasurer.api().post(books(book, "/transactions/" + id + "/approve")).then().statusCode(200);
            assertNotNull(claimant.nextContaining("\"type\":\"notification\"", SECOND.plusMillis(500)), "claim approved");
            assertTrue(keeper.drain().stream().noneMatch(m -> m.contains("userId")), "user ids are never sent");
        }
    }

    @Test
    void aBadOrMissingTokenIsRefusedAndTheTokenMayComeAsSubprotocol() {
        try (LiveProbe bad = LiveProbe.connect(base.toString()).authenticate("not.a.token")) {
            assertEquals(1008, bad.closeCode(Duration.ofSeconds(5)));
        }
        try (LiveProbe noAuth = LiveProbe.connect(base.toString()).send("{\"type\":\"hello\"}")) {
            assertEquals(1008, noAuth.closeCode(Duration.ofSeconds(5)));
        }
        try (LiveProbe garbage = LiveProbe.connect(base.toString()).send("}{")) {
            assertEquals(1008, garbage.closeCode(Duration.ofSeconds(5)));
        }
        Actor member = Actors.member(book, BookRole.MEMBER);
        // a refresh token is not an access token
        try (LiveProbe refresh = LiveProbe.connect(base.toString()).authenticate(member.refreshToken())) {
            assertEquals(1008, refresh.closeCode(Duration.ofSeconds(5)));
        }
        try (LiveProbe viaHeader = LiveProbe.connect(base.toString(), member.accessToken())) {
            assertEquals("cet.bearer", viaHeader.subprotocol());
            assertEquals("{\"type\":\"ready\"}", viaHeader.next(Duration.ofSeconds(5)));
            UUID id = booked("3.00");
            assertNotNull(viaHeader.nextContaining(id.toString(), SECOND.plusMillis(500)));
        }
    }

    @Test
    void aRevokedSessionsSocketIsClosedAndARemovedMemberHearsNoMore() {
        Actor member = Actors.member(book, BookRole.MEMBER);
        Actor leaving = Actors.member(book, BookRole.MEMBER);
        try (LiveProbe probe = signedIn(member); LiveProbe gone = signedIn(leaving)) {
            admin.api().delete("/api/v1/books/" + book + "/members/" + leaving.id()).then().statusCode(204);
            UUID id = booked("4.00");
            assertNotNull(probe.nextContaining(id.toString(), SECOND.plusMillis(500)));
            assertNull(gone.nextContaining(id.toString(), SECOND), "no longer a member: nothing");

            String session = member.api().get("/api/v1/me/sessions").then().statusCode(200).extract().path("[0].id");
            member.api().delete("/api/v1/me/sessions/" + session).then().statusCode(204);
            assertEquals(1008, probe.closeCode(Duration.ofSeconds(5)), "closed within the session check interval");
        }
        Actor disabled = Actors.member(book, BookRole.MEMBER);
        Actor operator = Actors.instanceAdmin();
        try (LiveProbe probe = signedIn(disabled)) {
            operator.api().body(Map.of("disabled", true)).patch("/api/v1/admin/users/" + disabled.id()).then().statusCode(200);
            assertEquals(1008, probe.closeCode(Duration.ofSeconds(5)), "a disabled user's socket is closed");
        }
    }
}
