package de.cet.ledger.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.record;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import de.cet.books.domain.BookRole;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TransactionWorkflowApiTest {

    Actor admin;
    UUID book;
    UUID bank;
    UUID office;

    @BeforeEach
    void book() {
        admin = Actors.user();
        book = LedgerFixtures.caucusBook(admin, 2026);
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", false, "fourEyes", true, "requireReceipt", false,
            "dualApprovalAbove", "1000.00"));
        bank = LedgerFixtures.bankAccount(admin, book, "5000.00", "2026-01-01");
        office = category(admin, book, "EX-300");
    }

    private Map<String, Object> expense(String amount) {
        Map<String, Object> body = tx("EXPENSE", amount, "2026-03-01", bank, office);
        body.put("description", "Toner");
        return body;
    }

    @Test
    void treasurerCannotApproveOwnExpenseWhenFourEyesIsOn() {
        Map<String, Object> body = expense("80.00");
        body.put("status", "SUBMITTED");
        UUID id = record(admin, book, body);
        admin.api().post(books(book, "/transactions/" + id + "/approve")).then().statusCode(403)
            .contentType("application/problem+json");
        Actor treasurer = Actors.member(book, BookRole.TREASURER);
        treasurer.api().post(books(book, "/transactions/" + id + "/approve")).then().statusCode(200)
            .body("status", equalTo("APPROVED"))
            .body("approvals.approverId", hasItem(treasurer.id().toString()));
    }

    @Test
    void aboveTheDualApprovalLimitTwoDifferentPeopleApprove() {
        Actor member = Actors.member(book, BookRole.MEMBER);
        Actor signatory = Actors.member(book, BookRole.MEMBER, true);
        Actor treasurer = Actors.member(book, BookRole.TREASURER);
        Map<String, Object> body = expense("1500.00");
        body.put("status", "SUBMITTED");
        UUID id = record(member, book, body);
        signatory.api().post(books(book, "/transactions/" + id + "/approve")).then().statusCode(200)
            .body("status", equalTo("SUBMITTED"));
        signatory.api().post(books(book, "/transactions/" + id + "/approve")).then().statusCode(403);
        treasurer.api().post(books(book, "/transactions/" + id + "/approve")).then().statusCode(200)
            .body("status", equalTo("APPROVED")).body("approvals", hasSize(2));
        member.api().body(Map.of()).post(books(book, "/transactions/" + id + "/book")).then().statusCode(403);
        treasurer.api().body(Map.of()).post(books(book, "/transactions/" + id + "/book")).then().statusCode(200)
            .body("status", equalTo("BOOKED"));
    }

    @Test
    void membersEditOnlyTheirOwnDraftsWithTheCurrentVersion() {
        Actor alice = Actors.member(book, BookRole.MEMBER);
        Actor bob = Actors.member(book, BookRole.MEMBER);
        UUID id = record(alice, book, expense("12.00"));
        bob.api().header("If-Match", "\"0\"").body(Map.of("amount", "13.00"))
            .patch(books(book, "/transactions/" + id)).then().statusCode(403);
        alice.api().body(Map.of("amount", "13.00")).patch(books(book, "/transactions/" + id)).then().statusCode(428);
        alice.api().header("If-Match", "\"7\"").body(Map.of("amount", "13.00"))
            .patch(books(book, "/transactions/" + id)).then().statusCode(412);
        alice.api().body(Map.of("amount", "13.00", "version", 7)).patch(books(book, "/transactions/" + id)).then().statusCode(409);
        alice.api().header("If-Match", "\"0\"").body(Map.of("amount", "13.00", "counterparty", "Copy shop"))
            .patch(books(book, "/transactions/" + id)).then().statusCode(200)
            .header("ETag", "\"1\"")
            .body("amount", equalTo("13.00")).body("version", equalTo(1)).body("description", equalTo("Toner"));
        alice.api().post(books(book, "/transactions/" + id + "/submit")).then().statusCode(200);
        alice.api().header("If-Match", "\"2\"").body(Map.of("amount", "14.00"))
            .patch(books(book, "/transactions/" + id)).then().statusCode(403);
        alice.api().body(Map.of("status", "BOOKED")).post(books(book, "/transactions/" + id + "/book")).then().statusCode(403);
    }

    @Test
    void draftsAreDeletedAndBookedEntriesOnlyReversed() {
        UUID draft = record(admin, book, expense("5.00"));
        admin.api().delete(books(book, "/transactions/" + draft)).then().statusCode(204);
        admin.api().get(books(book, "/transactions/" + draft)).then().statusCode(404);
        admin.api().get(books(book, "/transactions/" + draft + "/history")).then().statusCode(200)
            .body("action", equalTo(List.of("CREATED", "DELETED")));

        Map<String, Object> booked = expense("6.00");
        booked.put("status", "BOOKED");
        UUID id = record(admin, book, booked);
        admin.api().delete(books(book, "/transactions/" + id)).then().statusCode(409);
        admin.api().header("If-Match", "\"0\"").body(Map.of("amount", "7.00"))
            .patch(books(book, "/transactions/" + id)).then().statusCode(409);
        admin.api().body(Map.of("reason", "duplicate", "date", "2026-03-02"))
            .post(books(book, "/transactions/" + id + "/reverse")).then().statusCode(201);
        admin.api().body(Map.of("reason", "again", "date", "2026-03-02"))
            .post(books(book, "/transactions/" + id + "/reverse")).then().statusCode(409);
    }

    @Test
    void historyTellsWhoChangedWhatWhenWithBeforeAndAfter() {
        Actor member = Actors.member(book, BookRole.MEMBER);
        UUID id = record(member, book, expense("20.00"));
        member.api().header("If-Match", "\"0\"").body(Map.of("amount", "21.50"))
            .patch(books(book, "/transactions/" + id)).then().statusCode(200);
        member.api().post(books(book, "/transactions/" + id + "/submit")).then().statusCode(200);
        admin.api().body(Map.of("reason", "no receipt")).post(books(book, "/transactions/" + id + "/reject")).then()
            .statusCode(200).body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("no receipt"));
        member.api().get(books(book, "/transactions/" + id + "/history")).then().statusCode(200)
            .body("action", equalTo(List.of("CREATED", "EDITED", "SUBMITTED", "REJECTED")))
            .body("[1].actorId", equalTo(member.id().toString()))
            .body("[1].before.amount", equalTo("20.00"))
            .body("[1].after.amount", equalTo("21.50"))
            .body("[1].changedFields", equalTo(List.of("amount")))
            .body("[3].actorId", equalTo(admin.id().toString()));
        String copy = member.api().post(books(book, "/transactions/" + id + "/rework")).then().statusCode(201)
            .body("status", equalTo("DRAFT")).body("reworkOf", equalTo(id.toString())).extract().path("id");
        admin.api().get(books(book, "/transactions/" + id)).then().body("reworkedInto", equalTo(copy));
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesNothingNew() {
        Map<String, Object> body = expense("33.00");
        String first = admin.api().header("Idempotency-Key", "k-" + UUID.randomUUID()).body(body)
            .post(books(book, "/transactions")).then().statusCode(201).extract().path("id");
        String key = "same-" + UUID.randomUUID();
        String a = admin.api().header("Idempotency-Key", key).body(body).post(books(book, "/transactions"))
            .then().statusCode(201).extract().path("id");
        String b = admin.api().header("Idempotency-Key", key).body(body).post(books(book, "/transactions"))
            .then().statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertEquals(a, b);
        org.junit.jupiter.api.Assertions.assertNotEquals(first, a);
        admin.api().header("Idempotency-Key", key).body(expense("34.00")).post(books(book, "/transactions"))
            .then().statusCode(422);
        admin.api().queryParam("minAmount", "33.00").queryParam("maxAmount", "33.00").get(books(book, "/transactions"))
            .then().body("totalItems", equalTo(2));
    }

    @Test
    void auditorsReadButChangeNothingNonMembersSeeNothingForeignIdsAreUnknown() {
        UUID id = record(admin, book, expense("9.00"));
        Actor auditor = Actors.member(book, BookRole.AUDITOR);
        auditor.api().get(books(book, "/transactions/" + id)).then().statusCode(200);
        auditor.api().body(expense("1.00")).post(books(book, "/transactions")).then().statusCode(403);
        auditor.api().post(books(book, "/transactions/" + id + "/submit")).then().statusCode(403);
        auditor.api().delete(books(book, "/transactions/" + id)).then().statusCode(403);
        auditor.api().body(Map.of("name", "x", "type", "CASH", "fund", "OWN", "openingBalance", "0.00",
            "openingDate", "2026-01-01")).post(books(book, "/accounts")).then().statusCode(403);

        Actor stranger = Actors.user();
        stranger.api().get(books(book, "/transactions/" + id)).then().statusCode(404);
        stranger.api().get(books(book, "/transactions")).then().statusCode(404);
        stranger.api().body(expense("1.00")).post(books(book, "/transactions")).then().statusCode(404);
        stranger.api().get(books(book, "/accounts")).then().statusCode(404);

        UUID otherBook = LedgerFixtures.caucusBook(admin, 2026);
        admin.api().get(books(otherBook, "/transactions/" + id)).then().statusCode(404);
        admin.api().get(books(otherBook, "/accounts/" + bank)).then().statusCode(404);
        Map<String, Object> foreignAccount = tx("EXPENSE", "1.00", "2026-03-01", bank, category(admin, otherBook, "EX-300"));
        admin.api().body(foreignAccount).post(books(otherBook, "/transactions")).then().statusCode(400)
            .body("errors.field", hasItem("accountId"));
    }

    @Test
    void aMemberCannotBookDirectlyAndApprovalRequiredStopsDirectBooking() {
        Actor member = Actors.member(book, BookRole.MEMBER);
        Map<String, Object> body = expense("10.00");
        body.put("status", "BOOKED");
        member.api().body(body).post(books(book, "/transactions")).then().statusCode(403);
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", true));
        admin.api().body(body).post(books(book, "/transactions")).then().statusCode(409);
    }

    @Test
    void complianceWarningsComeWithTheEntry() {
        Map<String, Object> other = tx("EXPENSE", "50.00", "2026-03-01", bank, category(admin, book, "EX-900"));
        String id = admin.api().body(other).post(books(book, "/transactions")).then().statusCode(201)
            .body("warnings.code", hasItems("JUSTIFICATION_MISSING", "MISSING_RECEIPT")).extract().path("id");
        admin.api().header("If-Match", "\"0\"").body(Map.of("justification", "Flowers for a funeral",
                "eigenbeleg", "Paid in cash at the florist, no receipt given"))
            .patch(books(book, "/transactions/" + id)).then().statusCode(200)
            .body("warnings.code", not(hasItem("JUSTIFICATION_MISSING")))
            .body("warnings.code", not(hasItem("MISSING_RECEIPT")));
    }

    @Test
    void searchFiltersSortsPagesAndTotalsTheFilteredSet() {
        UUID cash = LedgerFixtures.cashAccount(admin, book, "100.00", "2026-01-01");
        Actor member = Actors.member(book, BookRole.MEMBER);
        UUID grant = category(admin, book, "IN-110");
        Map<String, Object> income = tx("INCOME", "1000.00", "2026-01-10", bank, grant);
        income.put("status", "BOOKED");
        income.put("counterparty", "Stadtkasse Musterstadt");
        record(admin, book, income);
        Map<String, Object> paper = tx("EXPENSE", "19.99", "2026-02-10", cash, office);
        paper.put("description", "Kopierpapier A4");
        paper.put("status", "BOOKED");
        record(admin, book, paper);
        Map<String, Object> stamps = tx("EXPENSE", "85.00", "2026-04-10", bank, office);
        stamps.put("description", "Briefmarken");
        record(member, book, stamps);

        String path = books(book, "/transactions");
        admin.api().get(path).then().statusCode(200).body("totalItems", equalTo(3))
            .body("items[0].date", equalTo("2026-04-10"))
            .body("totals.income", equalTo("1000.00")).body("totals.expense", equalTo("104.99"));
        admin.api().queryParam("type", "EXPENSE").queryParam("sort", "amount,asc").get(path).then()
            .body("items.amount", equalTo(List.of("19.99", "85.00"))).body("totals.income", equalTo("0.00"));
        admin.api().queryParam("status", "DRAFT").get(path).then().body("totalItems", equalTo(1));
        admin.api().queryParam("accountId", cash.toString()).get(path).then().body("totalItems", equalTo(1));
        admin.api().queryParam("memberId", member.id().toString()).get(path).then()
            .body("items[0].description", equalTo("Briefmarken"));
        admin.api().queryParam("q", "kopierpap").get(path).then().body("totalItems", equalTo(1));
        admin.api().queryParam("q", "musterstadt").get(path).then().body("totals.income", equalTo("1000.00"));
        admin.api().queryParam("from", "2026-02-01").queryParam("to", "2026-03-31").get(path).then()
            .body("totalItems", equalTo(1));
        admin.api().queryParam("categoryId", grant.toString()).get(path).then().body("totalItems", equalTo(1));
        admin.api().queryParam("minAmount", "20.00").queryParam("maxAmount", "999.99").get(path).then()
            .body("items.amount", equalTo(List.of("85.00")));
        admin.api().queryParam("size", 2).queryParam("page", 1).queryParam("sort", "date,asc").get(path).then()
            .body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(2)).body("totalItems", equalTo(3))
            .body("items[0].date", equalTo("2026-04-10"));
        admin.api().queryParam("type", "GIFT").get(path).then().statusCode(400).body("errors.field", hasItem("type"));
        admin.api().queryParam("minAmount", "12.345").get(path).then().statusCode(400);
        admin.api().queryParam("q", "';--\u0000zz").get(path).then().statusCode(400).body("errors.field", hasItem("q"));
        admin.api().queryParam("sort", "password,asc").get(path).then().statusCode(400);
        member.api().get(path).then().statusCode(200).body("totalItems", equalTo(3));
    }

    @Test
    void anEditClearsAnOptionalFieldWithAnExplicitNullAndRefusesAWrongType() {
        Actor member = Actors.member(book, BookRole.MEMBER);
        Map<String, Object> claim = expense("18.00");
        claim.put("paidByMemberId", member.id().toString());
        claim.put("counterparty", "Kiosk");
        UUID id = record(member, book, claim);
        String patch = "{\"paidByMemberId\":null,\"counterparty\":null}";
        member.api().header("If-Match", "\"0\"").body(patch).patch(books(book, "/transactions/" + id)).then()
            .statusCode(200).body("paidByMemberId", equalTo(null)).body("counterparty", equalTo(null))
            .body("description", equalTo("Toner"));
        member.api().header("If-Match", "\"1\"").body("{\"amount\":18.5}").patch(books(book, "/transactions/" + id))
            .then().statusCode(400).body("errors.field", hasItem("amount"));
    }

    @Test
    void aReimbursementCannotExceedTheOpenAdvanceAndReceiptsOfAnotherBookAreRefused() {
        Actor member = Actors.member(book, BookRole.MEMBER);
        Map<String, Object> advance = expense("30.00");
        advance.put("paidByMemberId", member.id().toString());
        advance.put("status", "BOOKED");
        record(admin, book, advance);
        admin.api().get(books(book, "/advances")).then().body("[0].amount", equalTo("30.00"));
        Map<String, Object> tooMuch = tx("EXPENSE", "30.01", "2026-03-02", bank, null);
        tooMuch.put("reimbursesMemberId", member.id().toString());
        tooMuch.put("status", "BOOKED");
        admin.api().body(tooMuch).post(books(book, "/transactions")).then().statusCode(422);
        member.api().body(tooMuch).post(books(book, "/transactions")).then().statusCode(403);

        UUID otherBook = LedgerFixtures.caucusBook(admin, 2026);
        UUID foreignReceipt = LedgerFixtures.receipt(admin, otherBook, "foreign-" + UUID.randomUUID());
        Map<String, Object> withForeign = expense("2.00");
        withForeign.put("receiptIds", List.of(foreignReceipt.toString()));
        admin.api().body(withForeign).post(books(book, "/transactions")).then().statusCode(400)
            .body("errors.field", hasItem("receiptIds"));
    }
}
