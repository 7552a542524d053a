package de.cet.ledger.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.receipt;
import static de.cet.ledger.api.LedgerFixtures.record;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import de.cet.books.domain.BookRole;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 "Done when": a caucus book run for a year through the API, every balance exact to the cent.
 *
 * <pre>
 *                                           bank       cash
 * opening 2026-01-01                     1000.00       0.00
 * 01-15 income IN-110 (municipality)   +12000.00             13000.00
 * 02-01 rent EX-200 (bank)              -3600.00              9400.00
 * 02-10 transfer bank → cash             -200.00    +200.00   9200.00 / 200.00
 * 03-05 office supplies EX-300 (cash)                -23.45             176.55
 * 04-12 member's advance EX-520 45.60   (paid privately: no account moves; owed 45.60)
 * 04-20 reimbursement from cash                      -45.60             130.95 (owed 0.00)
 * 05-01 bank fees 99.99 (wrong)           -99.99              9100.01
 * 05-02 reversal of it                    +99.99              9200.00
 * 05-02 bank fees 9.99 (right)             -9.99              9190.01
 * closing 2026                          9190.01     130.95    total 9320.96
 * 2027-01-10 income IN-120               +500.00              9690.01
 * </pre>
 */
@QuarkusTest
class CaucusYearScenarioTest {

    @Test
    void aCaucusYearFromGrantToClosingBalancesCarriedIntoTheNextYear() {
        Actor treasurer = Actors.user("Tina Treasurer");
        UUID book = LedgerFixtures.caucusBook(treasurer, 2026);
        LedgerFixtures.settings(treasurer, book, Map.of("fourEyes", true, "requireApproval", false, "requireReceipt", true));
        Actor member = Actors.member(book, BookRole.MEMBER);
        Actor auditor = Actors.member(book, BookRole.AUDITOR);
        UUID period2026 = LedgerFixtures.firstPeriod(treasurer, book);

        UUID bank = LedgerFixtures.bankAccount(treasurer, book, "1000.00", "2026-01-01");
        UUID cash = LedgerFixtures.cashAccount(treasurer, book, "0.00", "2026-01-01");

        Map<String, Object> grant = tx("INCOME", "12000.00", "2026-01-15", bank, category(treasurer, book, "IN-110"));
        grant.put("counterparty", "Stadt Musterstadt");
        grant.put("status", "BOOKED");
        record(treasurer, book, grant);

        Map<String, Object> rent = tx("EXPENSE", "3600.00", "2026-02-01", bank, category(treasurer, book, "EX-200"));
        rent.put("receiptIds", List.of(receipt(treasurer, book, "rent").toString()));
        rent.put("status", "BOOKED");
        record(treasurer, book, rent);

        Map<String, Object> transfer = tx("TRANSFER", "200.00", "2026-02-10", bank, null);
        transfer.put("toAccountId", cash.toString());
        transfer.put("status", "BOOKED");
        record(treasurer, book, transfer);

        Map<String, Object> office = tx("EXPENSE", "23.45", "2026-03-05", cash, category(treasurer, book, "EX-300"));
        office.put("receiptIds", List.of(receipt(treasurer, book, "office").toString()));
        office.put("status", "BOOKED");
        record(treasurer, book, office);

        assertBalance(treasurer, book, bank, "2026-03-31", "9200.00");
        assertBalance(treasurer, book, cash, "2026-03-31", "176.55");

        // the member's advance: claimed by the member, approved and booked by someone else
        Map<String, Object> advance = tx("EXPENSE", "45.60", "2026-04-12", bank, category(member, book, "EX-520"));
        advance.put("paidByMemberId", member.id().toString());
        advance.put("description", "Refreshments for the caucus meeting, attendees: A. B., C. D.");
        advance.put("receiptIds", List.of(receipt(member, book, "cafe").toString()));
        advance.put("status", "SUBMITTED");
        UUID claim = record(member, book, advance);
        member.api().post(books(book, "/transactions/" + claim + "/approve")).then().statusCode(403);
        treasurer.api().post(books(book, "/transactions/" + claim + "/approve")).then().statusCode(200)
            .body("status", equalTo("APPROVED"));
        treasurer.api().body(Map.of()).post(books(book, "/transactions/" + claim + "/book")).then().statusCode(200)
            .body("status", equalTo("BOOKED"));
        member.api().get(books(book, "/advances")).then().statusCode(200)
            .body("", hasSize(1))
            .body("[0].memberId", equalTo(member.id().toString()))
            .body("[0].amount", equalTo("45.60"))
            .body("[0].displayName", notNullValue());

        Map<String, Object> payBack = tx("EXPENSE", "45.60", "2026-04-20", cash, null);
        payBack.put("reimbursesMemberId", member.id().toString());
        payBack.put("status", "BOOKED");
        record(treasurer, book, payBack);
        treasurer.api().get(books(book, "/advances")).then().statusCode(200).body("", emptyIterable());

        // a wrong booking, reversed by a linked entry, then the right one
        UUID fees = category(treasurer, book, "EX-340");
        UUID feeReceipt = receipt(treasurer, book, "bank-fees");
        Map<String, Object> wrong = tx("EXPENSE", "99.99", "2026-05-01", bank, fees);
        wrong.put("receiptIds", List.of(feeReceipt.toString()));
        wrong.put("status", "BOOKED");
        UUID wrongId = record(treasurer, book, wrong);
        String reversalId = treasurer.api().body(Map.of("reason", "wrong amount", "date", "2026-05-02"))
            .post(books(book, "/transactions/" + wrongId + "/reverse")).then().statusCode(201)
            .body("reversalOf", equalTo(wrongId.toString())).body("status", equalTo("BOOKED"))
            .extract().path("id");
        treasurer.api().get(books(book, "/transactions/" + wrongId)).then().statusCode(200)
            .body("reversedBy", equalTo(reversalId));
        Map<String, Object> right = tx("EXPENSE", "9.99", "2026-05-02", bank, fees);
        right.put("receiptIds", List.of(feeReceipt.toString()));
        right.put("status", "BOOKED");
        record(treasurer, book, right);

        assertBalance(treasurer, book, bank, "2026-12-31", "9190.01");
        assertBalance(treasurer, book, cash, "2026-12-31", "130.95");
        treasurer.api().queryParam("date", "2026-12-31").get(books(book, "/balances")).then().statusCode(200)
            .body("publicFund", equalTo("9320.96")).body("ownFund", equalTo("0.00")).body("total", equalTo("9320.96"));
        treasurer.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").queryParam("size", 100)
            .get(books(book, "/transactions")).then().statusCode(200)
            .body("totalItems", equalTo(9))
            .body("totals.income", equalTo("12000.00"))
            // 3600.00 + 23.45 + 45.60 (advance) + 45.60 (reimbursement) + 99.99 − 99.99 + 9.99
            .body("totals.expense", equalTo("3724.64"));

        // closing the year carries the balances into 2027
        String next = treasurer.api().post(books(book, "/periods/" + period2026 + "/close")).then().statusCode(200)
            .body("status", equalTo("CLOSED"))
            .body("closingBalances.find { it.accountId == '" + bank + "' }.balance", equalTo("9190.01"))
            .body("closingBalances.find { it.accountId == '" + cash + "' }.balance", equalTo("130.95"))
            .body("nextPeriod.name", equalTo("2027"))
            .body("nextPeriod.startDate", equalTo("2027-01-01"))
            .extract().path("nextPeriod.id");
        treasurer.api().get(books(book, "/periods/" + next)).then().statusCode(200).body("status", equalTo("OPEN"));

        // nothing more dated in 2026
        Map<String, Object> late = tx("INCOME", "1.00", "2026-12-30", bank, category(treasurer, book, "IN-200"));
        treasurer.api().body(late).post(books(book, "/transactions")).then().statusCode(409);
        treasurer.api().body(Map.of("reason", "late", "date", "2026-12-31"))
            .post(books(book, "/transactions/" + reversalId + "/reverse")).then().statusCode(409);

        Map<String, Object> perMember = tx("INCOME", "500.00", "2027-01-10", bank, category(treasurer, book, "IN-120"));
        perMember.put("status", "BOOKED");
        record(treasurer, book, perMember);
        assertBalance(treasurer, book, bank, "2027-01-31", "9690.01");
        assertBalance(treasurer, book, cash, "2027-01-31", "130.95");

        auditor.api().get(books(book, "/audit-log/verification")).then().statusCode(200)
            .body("valid", equalTo(true)).body("firstBrokenAt", equalTo(null));
    }

    private static void assertBalance(Actor reader, UUID book, UUID account, String date, String expected) {
        reader.api().queryParam("date", date).get(books(book, "/accounts/" + account)).then().statusCode(200)
            .body("balance", equalTo(expected));
    }
}
