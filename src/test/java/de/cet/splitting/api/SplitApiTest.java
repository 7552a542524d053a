package de.cet.splitting.api;

import static de.cet.splitting.api.SplitFixtures.entry;
import static de.cet.splitting.api.SplitFixtures.equal;
import static de.cet.splitting.api.SplitFixtures.split;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Splits through the API: refused input, who may do what, and the caucus case of advances. */
@QuarkusTest
class SplitApiTest {

    Actor admin;
    Actor treasurer;
    Actor member;
    Actor auditor;
    UUID book;
    UUID account;
    UUID food;

    @BeforeEach
    void group() {
        admin = Actors.user("Alex Admin");
        book = SplitFixtures.groupBook(admin, 2026);
        treasurer = Actors.member(book, BookRole.TREASURER);
        member = Actors.member(book, BookRole.MEMBER);
        auditor = Actors.member(book, BookRole.AUDITOR);
        account = SplitFixtures.account(admin, book);
        food = LedgerFixtures.category(admin, book, "EX-520");
    }

    String books(String rest) {
        return LedgerFixtures.books(book, rest);
    }

    Map<String, Object> dinner(Map<String, Object> split) {
        return entry("EXPENSE", "30.00", "2026-06-01", account, food, "Pizza", split, "BOOKED");
    }

    io.restassured.response.ValidatableResponse post(Actor who, Map<String, Object> body) {
        return who.api().body(body).post(books("/transactions")).then();
    }

    @Test
    void aCommaInAValueIsRefusedAndNeverReadAsAnotherNumber() {
        post(admin, dinner(split("SHARES", List.of(admin.id(), "30.00"), List.of(admin.id(), "1,5", member.id(), "1"))))
            .statusCode(400)
            .body("errors[0].field", equalTo("split.shares[0].value"))
            .body("errors[0].message", equalTo("must be written with a decimal point, e.g. \"1.5\"; a comma is not accepted"));
        post(admin, dinner(split("EQUAL", List.of(admin.id(), "30,00"), equal(admin, member))))
            .statusCode(400).body("errors[0].field", equalTo("split.payers[0].amount"));
        // and nothing was stored
        admin.api().get(books("/transactions")).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void splitsThatDoNotAddUpAreRefusedWithTheReason() {
        post(admin, dinner(split("PERCENT", List.of(admin.id(), "30.00"), List.of(admin.id(), "50", member.id(), "40"))))
            .statusCode(400).body("errors[0].field", equalTo("split.shares"))
            .body("errors[0].message", equalTo("the percentages sum to 90, not to 100"));
        post(admin, dinner(split("EXACT", List.of(admin.id(), "30.00"), List.of(admin.id(), "10.00", member.id(), "10.00"))))
            .statusCode(400).body("errors[0].message", equalTo("the exact parts sum to 20.00, not to the amount 30.00"));
        post(admin, dinner(split("EQUAL", List.of(admin.id(), "20.00", member.id(), "5.00"), equal(admin, member))))
            .statusCode(400).body("errors[0].message", equalTo("the amounts paid sum to 25.00, not to the amount 30.00"));
        post(admin, dinner(split("SHARES", List.of(admin.id(), "30.00"), List.of(admin.id(), "0", member.id(), "1"))))
            .statusCode(400).body("errors[0].field", equalTo("split.shares[0].value"));
        post(admin, dinner(split("HALVES", List.of(admin.id(), "30.00"), equal(admin, member))))
            .statusCode(400).body("errors[0].field", equalTo("split.method"));
        Map<String, Object> transfer = LedgerFixtures.tx("TRANSFER", "30.00", "2026-06-01", account, null);
        transfer.put("toAccountId", SplitFixtures.account(admin, book).toString());
        transfer.put("split", split("EQUAL", List.of(admin.id(), "30.00"), equal(admin, member)));
        post(admin, transfer).statusCode(400).body("errors[0].field", equalTo("split"));
        admin.api().get(books("/transactions")).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aMemberOfAnotherBookCannotAppearInASplit() {
        Actor elsewhere = Actors.user("Other Book");
        Actors.book(elsewhere);
        post(admin, dinner(split("EQUAL", List.of(admin.id(), "30.00"), equal(admin, elsewhere))))
            .statusCode(400).body("errors[0].field", equalTo("split.shares[1].memberId"))
            .body("errors[0].message", equalTo("is not a member of this book"));
        post(admin, dinner(split("EQUAL", List.of(elsewhere.id(), "30.00"), equal(admin))))
            .statusCode(400).body("errors[0].field", equalTo("split.payers[0].memberId"));
        admin.api().body(Map.of("fromMemberId", elsewhere.id().toString(), "toMemberId", admin.id().toString(),
                "amount", "5.00", "date", "2026-06-02"))
            .post(books("/settlements")).then().statusCode(400).body("errors[0].field", equalTo("fromMemberId"));
    }

    @Test
    void nonMembersSeeNothingAtAll() {
        UUID dinner = LedgerFixtures.record(admin, book, dinner(split("EQUAL", List.of(admin.id(), "30.00"), equal(admin, member))));
        Actor stranger = Actors.user("Stranger");
        stranger.api().get(books("/split-balances")).then().statusCode(404);
        stranger.api().get(books("/settle-up")).then().statusCode(404);
        stranger.api().get(books("/splits/" + dinner)).then().statusCode(404);
        stranger.api().body(Map.of("fromMemberId", stranger.id().toString(), "toMemberId", admin.id().toString(),
            "amount", "5.00", "date", "2026-06-02")).post(books("/settlements")).then().statusCode(404);
        post(stranger, dinner(split("EQUAL", List.of(stranger.id(), "30.00"), equal(stranger)))).statusCode(404);
        // nor does an entry of another book answer under this one
        UUID other = SplitFixtures.groupBook(stranger, 2026);
        stranger.api().get(LedgerFixtures.books(other, "/splits/" + dinner)).then().statusCode(404);
    }

    @Test
    void everyRoleReadsBalancesAndOnlyThoseConcernedOrTheTreasurerRecordSettlements() {
        LedgerFixtures.record(admin, book, dinner(split("EQUAL", List.of(admin.id(), "30.00"), equal(admin, member, treasurer))));
        for (Actor reader : List.of(admin, treasurer, member, auditor)) {
            reader.api().get(books("/split-balances")).then().statusCode(200).body("size()", equalTo(4));
            reader.api().get(books("/settle-up")).then().statusCode(200).body("size()", equalTo(2));
        }
        Map<String, Object> memberPaysAdmin = Map.of("fromMemberId", member.id().toString(), "toMemberId",
            admin.id().toString(), "amount", "10.00", "date", "2026-06-02");
        Map<String, Object> treasurerPaysAdmin = new HashMap<>(memberPaysAdmin);
        treasurerPaysAdmin.put("fromMemberId", treasurer.id().toString());
        auditor.api().body(memberPaysAdmin).post(books("/settlements")).then().statusCode(403);
        member.api().body(treasurerPaysAdmin).post(books("/settlements")).then().statusCode(403);
        String id = member.api().body(memberPaysAdmin).post(books("/settlements")).then().statusCode(201)
            .extract().path("id");
        auditor.api().get(books("/settlements/" + id)).then().statusCode(200).body("amount", equalTo("10.00"));
        admin.api().body(Map.of("fromMemberId", admin.id().toString(), "toMemberId", admin.id().toString(),
                "amount", "1.00", "date", "2026-06-02"))
            .post(books("/settlements")).then().statusCode(400).body("errors[0].field", equalTo("toMemberId"));
        admin.api().body(Map.of("fromMemberId", treasurer.id().toString(), "toMemberId", admin.id().toString(),
                "amount", "1,00", "date", "2026-06-02"))
            .post(books("/settlements")).then().statusCode(400).body("errors[0].field", equalTo("amount"));
        // the treasurer records one between others; a repeated request creates nothing new
        String first = treasurer.api().header("Idempotency-Key", "settle-1").body(treasurerPaysAdmin)
            .post(books("/settlements")).then().statusCode(201).extract().path("id");
        String again = treasurer.api().header("Idempotency-Key", "settle-1").body(treasurerPaysAdmin)
            .post(books("/settlements")).then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        admin.api().get(books("/split-balances")).then().statusCode(200)
            .body("find { it.memberId == '" + admin.id() + "' }.net", equalTo("0.00"))
            .body("find { it.memberId == '" + member.id() + "' }.net", equalTo("0.00"))
            .body("find { it.memberId == '" + treasurer.id() + "' }.net", equalTo("0.00"))
            .body("find { it.memberId == '" + auditor.id() + "' }.net", equalTo("0.00"));
        admin.api().get(books("/audit-log")).then().statusCode(200)
            .body("items.action", hasItem("SETTLEMENT_RECORDED"));
    }

    @Test
    void aDraftsSplitFollowsItsAmountGoesWithItAndCanBeRemoved() {
        var created = member.api().body(entry("EXPENSE", "10.00", "2026-06-01", account, food, "Eis",
                split("EQUAL", List.of(member.id(), "10.00"), equal(member, admin, treasurer)), null))
            .post(books("/transactions")).then().statusCode(201).extract();
        String id = created.path("id");
        member.api().get(books("/splits/" + id)).then().statusCode(200)
            .body("shares.part", equalTo(List.of("3.34", "3.33", "3.33")));
        // a new amount: the single payer paid all of it, the parts are computed again
        String etag = member.api().header("If-Match", created.header("ETag")).body(Map.of("amount", "10.01"))
            .patch(books("/transactions/" + id)).then().statusCode(200).extract().header("ETag");
        member.api().get(books("/splits/" + id)).then().statusCode(200)
            .body("payers[0].amount", equalTo("10.01"))
            .body("shares.part", equalTo(List.of("3.34", "3.34", "3.33")));
        // exact parts cannot follow a new amount by themselves
        etag = member.api().header("If-Match", etag)
            .body(Map.of("split", split("EXACT", List.of(member.id(), "10.01"), List.of(member.id(), "5.00", admin.id(), "5.01"))))
            .patch(books("/transactions/" + id)).then().statusCode(200).extract().header("ETag");
        member.api().header("If-Match", etag).body(Map.of("amount", "12.00"))
            .patch(books("/transactions/" + id)).then().statusCode(400)
            .body("errors[0].message", containsString("the exact parts sum to 10.01"));
        // "split": null removes it
        Map<String, Object> clear = new HashMap<>();
        clear.put("split", null);
        etag = member.api().header("If-Match", etag).body(clear).patch(books("/transactions/" + id)).then().statusCode(200)
            .extract().header("ETag");
        member.api().get(books("/splits/" + id)).then().statusCode(404);
        // a deleted draft takes its split with it
        member.api().header("If-Match", etag)
            .body(Map.of("split", split("EQUAL", List.of(member.id(), "10.01"), equal(member, admin))))
            .patch(books("/transactions/" + id)).then().statusCode(200);
        member.api().delete(books("/transactions/" + id)).then().statusCode(204);
        member.api().get(books("/splits/" + id)).then().statusCode(404);
        // an auditor cannot record a split at all
        post(auditor, dinner(split("EQUAL", List.of(auditor.id(), "30.00"), equal(auditor)))).statusCode(403);
    }

    @Test
    void aCaucusMembersAdvanceIsShownAsWhatTheBookOwes() {
        Actor chair = Actors.user("Clara Caucus");
        UUID caucus = LedgerFixtures.caucusBook(chair, 2026);
        LedgerFixtures.settings(chair, caucus, Map.of("requireApproval", false));
        Actor mp = Actors.member(caucus, BookRole.MEMBER);
        UUID bank = LedgerFixtures.bankAccount(chair, caucus, "500.00", "2026-01-01");
        Map<String, Object> advance = LedgerFixtures.tx("EXPENSE", "80.00", "2026-03-01", bank,
            LedgerFixtures.category(chair, caucus, "EX-410"));
        advance.put("paidByMemberId", mp.id().toString());
        advance.put("eigenbeleg", "Fahrkarte verloren");
        advance.put("status", "BOOKED");
        LedgerFixtures.record(chair, caucus, advance);
        Map<String, Object> reimbursement = LedgerFixtures.tx("EXPENSE", "30.00", "2026-03-05", bank, null);
        reimbursement.put("reimbursesMemberId", mp.id().toString());
        reimbursement.put("status", "BOOKED");
        LedgerFixtures.record(chair, caucus, reimbursement);
        // the member paid 80.00 and got 30.00 back: the book still owes 50.00
        mp.api().get(LedgerFixtures.books(caucus, "/split-balances")).then().statusCode(200)
            .body("find { it.memberId == '" + mp.id() + "' }.net", equalTo("50.00"))
            .body("find { it.memberId == '" + chair.id() + "' }.net", equalTo("0.00"))
            .body("find { it.party == 'BOOK' }.memberId", equalTo(caucus.toString()))
            .body("find { it.party == 'BOOK' }.paid", equalTo("30.00"))
            .body("find { it.party == 'BOOK' }.owes", equalTo("80.00"))
            .body("find { it.party == 'BOOK' }.net", equalTo("-50.00"));
        mp.api().get(LedgerFixtures.books(caucus, "/settle-up")).then().statusCode(200)
            .body("size()", equalTo(1))
            .body("[0].fromMemberId", equalTo(caucus.toString()))
            .body("[0].toMemberId", equalTo(mp.id().toString()))
            .body("[0].amount", equalTo("50.00"));
        // before the advance, nothing was owed and the book is no party
        mp.api().queryParam("date", "2026-02-28").get(LedgerFixtures.books(caucus, "/split-balances")).then().statusCode(200)
            .body("party", not(hasItem("BOOK")));
    }
}
