package de.cet.notifications.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.record;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.backup.application.BackupFailed;
import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.notifications.application.ScheduledNotices;
import de.cet.shared.mail.OutboxSender;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.MutableClock;
import de.cet.testing.SmtpSink;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each notification kind end to end: the cause happens through the API (or the job runs), the recipient
 * finds it in the inbox and in their mail, in their language; a preference switched off sends nothing;
 * security notices cannot be switched off.
 */
@QuarkusTest
class NotificationsApiTest {

    @Inject
    OutboxSender sender;

    @Inject
    ScheduledNotices scheduled;

    @Inject
    MutableClock clock;

    Actor admin;
    Actor treasurer;
    Actor member;
    UUID book;
    UUID bank;
    UUID office;

    @BeforeEach
    void book() {
        SmtpSink.start();
        admin = Actors.user("Anna Admin");
        book = LedgerFixtures.caucusBook(admin, 2026);
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", true, "fourEyes", true, "requireReceipt", false));
        bank = LedgerFixtures.bankAccount(admin, book, "5000.00", "2026-01-01");
        office = category(admin, book, "EX-300");
        treasurer = Actors.member(book, BookRole.TREASURER);
        member = Actors.member(book, BookRole.MEMBER);
        german(treasurer);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static void german(Actor actor) {
        actor.api().body(Map.of("locale", "de")).patch("/api/v1/me").then().statusCode(200);
    }

    private UUID submittedClaim(String amount, String description) {
        Map<String, Object> claim = tx("EXPENSE", amount, "2026-03-01", bank, office);
        claim.put("paidByMemberId", member.id().toString());
        claim.put("description", description);
        claim.put("status", "SUBMITTED");
        return record(member, book, claim);
    }

    static List<Map<String, Object>> inbox(Actor actor) {
        return actor.api().get("/api/v1/me/notifications?size=500").then().statusCode(200).extract().jsonPath().getList("items");
    }

    static List<Map<String, Object>> inboxOf(Actor actor, String kind) {
        return inbox(actor).stream().filter(n -> kind.equals(n.get("kind"))).toList();
    }

    private List<String> subjectsTo(Actor actor) {
        sender.deliverDue();
        List<String> out = new ArrayList<>();
        for (MimeMessage m : SmtpSink.messagesTo(actor.email())) {
            try {
                out.add(m.getSubject());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    @Test
    void aSubmittedClaimTellsTheKeepersInTheirLanguageAndNotTheClaimant() {
        UUID id = submittedClaim("42.50", "Druckerpapier");

        List<Map<String, Object>> forTreasurer = inboxOf(treasurer, "APPROVAL_REQUESTED");
        assertEquals(1, forTreasurer.size());
        Map<String, Object> n = forTreasurer.get(0);
        assertEquals(book.toString(), n.get("bookId"));
        assertEquals(id.toString(), n.get("subjectId"));
        assertEquals("Zur Freigabe: Druckerpapier (42.50 EUR)", n.get("title"));
        assertTrue(((String) n.get("body")).contains("wartet eine Buchung auf Ihre Freigabe"), (String) n.get("body"));
        assertEquals(null, n.get("readAt"));
        assertEquals(1, inboxOf(admin, "APPROVAL_REQUESTED").size());
        assertEquals("Awaiting approval: Druckerpapier (42.50 EUR)", inboxOf(admin, "APPROVAL_REQUESTED").get(0).get("title"));
        assertEquals(0, inboxOf(member, "APPROVAL_REQUESTED").size(), "the claimant asked; they are not asked");

        assertTrue(subjectsTo(treasurer).contains("Zur Freigabe: Druckerpapier (42.50 EUR)"));
        assertTrue(subjectsTo(admin).contains("Awaiting approval: Druckerpapier (42.50 EUR)"));
        String body = SmtpSink.body(SmtpSink.messagesTo(treasurer.email()).stream()
            .filter(m -> SmtpSink.body(m).contains("Druckerpapier")).findFirst().orElseThrow());
        assertTrue(body.contains("/books/" + book + "/approvals"), body);
    }

    @Test
    void theClaimantHearsOfApprovalRejectionAndReimbursement() {
        german(member);
        UUID approved = submittedClaim("18.00", "Briefmarken");
        treasurer.api().post(books(book, "/transactions/" + approved + "/approve")).then().statusCode(200)
            .body("status", equalTo("APPROVED"));
        List<Map<String, Object>> ok = inboxOf(member, "CLAIM_APPROVED");
        assertEquals(1, ok.size());
        assertEquals("Ihre Auslage wurde freigegeben (18.00 EUR)", ok.get(0).get("title"));
        assertEquals(approved.toString(), ok.get(0).get("subjectId"));

        UUID rejected = submittedClaim("7.00", "Kekse");
        treasurer.api().body(Map.of("reason", "privat")).post(books(book, "/transactions/" + rejected + "/reject"))
            .then().statusCode(200);
        assertEquals("Ihre Auslage wurde abgelehnt (7.00 EUR)", inboxOf(member, "CLAIM_REJECTED").get(0).get("title"));

        treasurer.api().body(Map.of()).post(books(book, "/transactions/" + approved + "/book")).then().statusCode(200);
        Map<String, Object> payBack = tx("EXPENSE", "18.00", "2026-03-05", bank, null);
        payBack.put("reimbursesMemberId", member.id().toString());
        payBack.put("status", "SUBMITTED");
        UUID reimbursement = record(treasurer, book, payBack);
        admin.api().post(books(book, "/transactions/" + reimbursement + "/approve")).then().statusCode(200);
        assertEquals(0, inboxOf(member, "CLAIM_REIMBURSED").size(), "approved is not yet paid");
        admin.api().body(Map.of()).post(books(book, "/transactions/" + reimbursement + "/book")).then().statusCode(200);
        List<Map<String, Object>> paid = inboxOf(member, "CLAIM_REIMBURSED");
        assertEquals(1, paid.size());
        assertEquals("Ihre Auslage wurde erstattet (18.00 EUR)", paid.get(0).get("title"));

        List<String> mails = subjectsTo(member);
        assertTrue(mails.contains("Ihre Auslage wurde freigegeben (18.00 EUR)"), mails.toString());
        assertTrue(mails.contains("Ihre Auslage wurde abgelehnt (7.00 EUR)"), mails.toString());
        assertTrue(mails.contains("Ihre Auslage wurde erstattet (18.00 EUR)"), mails.toString());
    }

    @Test
    void preferencesDecideTheChannelsAndOffMeansNothing() {
        member.api().get("/api/v1/me/notification-preferences").then().statusCode(200)
            .body("digest", equalTo("NONE"))
            .body("kinds.find { it.kind == 'CLAIM_APPROVED' }.email", equalTo(true))
            .body("kinds.find { it.kind == 'SECURITY' }.alwaysOn", equalTo(true));
        member.api().body(Map.of("digest", "NONE", "kinds", List.of(
                Map.of("kind", "CLAIM_APPROVED", "email", false, "inApp", false),
                Map.of("kind", "CLAIM_REJECTED", "email", false, "inApp", true))))
            .put("/api/v1/me/notification-preferences").then().statusCode(200)
            .body("kinds.find { it.kind == 'CLAIM_APPROVED' }.inApp", equalTo(false))
            .body("kinds.find { it.kind == 'CLAIM_REJECTED' }.inApp", equalTo(true))
            .body("kinds.find { it.kind == 'APPROVAL_REQUESTED' }.email", equalTo(true));

        UUID a = submittedClaim("11.00", "Stifte");
        treasurer.api().post(books(book, "/transactions/" + a + "/approve")).then().statusCode(200);
        UUID r = submittedClaim("12.00", "Blumen");
        treasurer.api().body(Map.of("reason", "nein")).post(books(book, "/transactions/" + r + "/reject")).then().statusCode(200);

        assertEquals(0, inboxOf(member, "CLAIM_APPROVED").size(), "both channels off: no inbox entry");
        assertEquals(1, inboxOf(member, "CLAIM_REJECTED").size(), "inbox on");
        List<String> mails = subjectsTo(member);
        assertTrue(mails.stream().noneMatch(s -> s.startsWith("Your claim was approved")), mails.toString());
        assertTrue(mails.stream().noneMatch(s -> s.startsWith("Your claim was rejected")), "mail off: " + mails);
    }

    @Test
    void securityNoticesCannotBeSwitchedOffAndReachTheInbox() {
        member.api().body(Map.of("digest", "NONE", "kinds", List.of(Map.of("kind", "SECURITY", "email", false, "inApp", true))))
            .put("/api/v1/me/notification-preferences").then().statusCode(400)
            .contentType("application/problem+json").body("errors.field", hasItem("preferences"));
        member.api().body(Map.of("digest", "NONE", "kinds", List.of(Map.of("kind", "SECURITY", "email", true, "inApp", false))))
            .put("/api/v1/me/notification-preferences").then().statusCode(400);
        member.api().body(Map.of("digest", "NONE", "kinds", List.of(Map.of("kind", "SECURITY", "email", true, "inApp", true))))
            .put("/api/v1/me/notification-preferences").then().statusCode(200);

        german(member);
        Actors.login(member.email(), Actors.PASSWORD);
        List<Map<String, Object>> security = inboxOf(member, "SECURITY");
        assertEquals(2, security.size(), "the fixture's sign-in and this one");
        assertEquals("Neue Anmeldung", security.get(0).get("title"));
        assertEquals(null, security.get(0).get("bookId"));
        assertTrue(subjectsTo(member).contains("Sicherheitshinweis zu Ihrem CET-Konto"), "the security mail is identity's, always sent");
    }

    @Test
    void aFailedBackupTellsTheInstanceAdministratorsInTheirLanguage() {
        Actor operator = Actors.instanceAdmin();
        german(operator);
        UUID run = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().beanManager().getEvent().select(BackupFailed.class)
            .fire(new BackupFailed(run, Instant.parse("2026-03-01T02:30:00Z"), "The backup failed unexpectedly.")));
        List<Map<String, Object>> failed = inboxOf(operator, "BACKUP_FAILED");
        assertEquals(1, failed.stream().filter(n -> run.toString().equals(n.get("subjectId"))).count());
        assertEquals("CET-Sicherung FEHLGESCHLAGEN", failed.get(0).get("title"));
        assertTrue(subjectsTo(operator).contains("CET-Sicherung FEHLGESCHLAGEN"));
        assertEquals(0, inboxOf(member, "BACKUP_FAILED").size(), "not an administrator");
    }

    @Test
    void aPeriodAboutToEndTellsItsKeepersOnceAcrossRuns() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        UUID ending = bookWithPeriod(today.minusDays(20), today.plusDays(3));
        UUID later = bookWithPeriod(today.minusDays(20), today.plusDays(30));
        Actor keeper = Actors.member(ending, BookRole.TREASURER);
        Actor reader = Actors.member(ending, BookRole.MEMBER);
        Actors.addMember(later, keeper.id(), BookRole.TREASURER, false);

        scheduled.periodsEnding();
        scheduled.periodsEnding(); // a second instance, or tomorrow's run
        List<Map<String, Object>> told = inboxOf(keeper, "PERIOD_ENDING");
        assertEquals(1, told.size(), "once per period and user");
        assertEquals(ending.toString(), told.get(0).get("bookId"));
        assertEquals("Period \"Ende\" ends on " + today.plusDays(3), told.get(0).get("title"));
        assertTrue(((String) told.get(0).get("body")).contains("4 days left"), (String) told.get(0).get("body"));
        assertEquals(0, inboxOf(reader, "PERIOD_ENDING").size(), "members do not close periods");
        assertTrue(subjectsTo(keeper).contains("Period \"Ende\" ends on " + today.plusDays(3)));
    }

    private UUID bookWithPeriod(LocalDate start, LocalDate end) {
        String id = admin.api().body(Map.of("name", "Fraktion " + UUID.randomUUID().toString().substring(0, 8),
                "kind", "CAUCUS", "currency", "EUR",
                "firstPeriod", Map.of("name", "Ende", "startDate", start.toString(), "endDate", end.toString())))
            .post("/api/v1/books").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    @Test
    void theDailyDigestListsWhatCameInSinceTheLastOneOnce() {
        member.api().body(Map.of("digest", "DAILY", "kinds", List.of()))
            .put("/api/v1/me/notification-preferences").then().statusCode(200).body("digest", equalTo("DAILY"));
        UUID a = submittedClaim("5.00", "Kaffee");
        treasurer.api().post(books(book, "/transactions/" + a + "/approve")).then().statusCode(200);

        scheduled.digests();
        scheduled.digests(); // another instance, right after: not due again
        List<MimeMessage> digests = digestsTo(member);
        assertEquals(1, digests.size());
        String body = SmtpSink.body(digests.get(0));
        assertTrue(body.contains("- Your claim was approved (5.00 EUR)"), body);

        clock.advance(Duration.ofHours(25));
        scheduled.digests();
        assertEquals(1, digestsTo(member).size(), "nothing new came in: no digest");
    }

    private List<MimeMessage> digestsTo(Actor actor) {
        sender.deliverDue();
        return SmtpSink.messagesTo(actor.email()).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("CET: ");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theInboxIsMineMarkedReadOneByOneOrAllAtOnce() {
        UUID a = submittedClaim("1.00", "A");
        UUID b = submittedClaim("2.00", "B");
        List<Map<String, Object>> mine = inboxOf(treasurer, "APPROVAL_REQUESTED");
        assertEquals(2, mine.size());
        assertEquals(b.toString(), mine.get(0).get("subjectId"), "newest first");
        treasurer.api().get("/api/v1/me/notifications/unread-count").then().statusCode(200).body("unread", equalTo(3));
        String first = (String) mine.get(0).get("id");

        member.api().post("/api/v1/me/notifications/" + first + "/read").then().statusCode(404)
            .contentType("application/problem+json");
        treasurer.api().post("/api/v1/me/notifications/" + UUID.randomUUID() + "/read").then().statusCode(404);
        treasurer.api().post("/api/v1/me/notifications/not-a-uuid/read").then().statusCode(404);
        String readAt = treasurer.api().post("/api/v1/me/notifications/" + first + "/read").then().statusCode(200)
            .body("readAt", notNullValue()).extract().path("readAt");
        treasurer.api().post("/api/v1/me/notifications/" + first + "/read").then().statusCode(200).body("readAt", equalTo(readAt));
        treasurer.api().get("/api/v1/me/notifications?unread=true").then().statusCode(200)
            .body("unread", equalTo(2)).body("totalItems", equalTo(2)).body("items.id", org.hamcrest.Matchers.not(hasItem(first)));
        treasurer.api().post("/api/v1/me/notifications/read-all").then().statusCode(200).body("marked", equalTo(2));
        treasurer.api().get("/api/v1/me/notifications/unread-count").then().body("unread", equalTo(0));
        assertEquals(a.toString(), inboxOf(treasurer, "APPROVAL_REQUESTED").get(1).get("subjectId"));

        io.restassured.RestAssured.given().get("/api/v1/me/notifications").then().statusCode(401);
        treasurer.api().get("/api/v1/me/notifications?size=501").then().statusCode(400);
        treasurer.api().body("{\"digest\":\"HOURLY\",\"kinds\":[]}").put("/api/v1/me/notification-preferences")
            .then().statusCode(400).contentType("application/problem+json");
        treasurer.api().body("{\"kinds\":[{\"kind\":\"CLAIM_APPROVED\"}]}").put("/api/v1/me/notification-preferences")
            .then().statusCode(400).body("errors.field", hasItem("digest")).body("errors.field", hasItem("kinds[0]"));
        treasurer.api().body(Map.of("digest", "NONE", "kinds", List.of(
                Map.of("kind", "CLAIM_APPROVED", "email", true, "inApp", true),
                Map.of("kind", "CLAIM_APPROVED", "email", false, "inApp", true))))
            .put("/api/v1/me/notification-preferences").then().statusCode(400).body("errors.field", hasItem("kinds[1].kind"));
    }
}
