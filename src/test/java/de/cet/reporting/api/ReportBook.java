package de.cet.reporting.api;

import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;

import java.util.Map;
import java.util.UUID;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.record;
import static de.cet.ledger.api.LedgerFixtures.tx;

/**
 * A hand-computed caucus year 2026 for the report tests (all entries BOOKED unless said otherwise).
 *
 * <pre>
 * PUBLIC: bank opens 1 000.00, cash 50.00                          → opening 1 050.00
 * 01-01 grant IN-110 (bank, first day of the period)   +12 000.00
 * 02-10 rent EX-200 (bank, receipt 2026-0001)            −3 600.00
 * 03-01 transfer bank → cash 300.00                   (not income or expense; a balance line)
 * 04-12 member's advance EX-520 45.60 (bank)              −45.60   (no account moves yet)
 * 04-20 reimbursement of it from cash                  (settles the advance: not an expense again)
 * 05-01 bank fees EX-340 99.99, reversed 05-02          −99.99 +99.99 (nets to 0 in EX-340)
 * 05-02 bank fees EX-340 9.99                              −9.99
 * 12-31 laptop EX-700 (bank, last day; inventory)      −1 200.00
 * 06-30 a DRAFT office expense EX-300 500.00 (bank)     (not booked: not counted)
 * income 12 000.00, expenses 3 600.00 + 9.99 + 45.60 + 1 200.00 = 4 855.59, closing 8 194.41
 * (bank 7 890.01 + cash 304.40)
 *
 * OWN: cash opens 200.00; 06-01 contributions IN-120 +150.00; 06-15 refreshments EX-520 −30.00 → 320.00
 * </pre>
 */
final class ReportBook {

    static final String LAPTOP = "=HYPERLINK(\"http://evil.example\",\"Laptop\")";

    final Actor treasurer;
    final Actor member;
    final UUID book;
    final UUID period;
    final UUID bank;
    final UUID cash;
    final UUID ownCash;
    final UUID draft;

    ReportBook() {
        treasurer = Actors.user("Tina Treasurer");
        book = LedgerFixtures.caucusBook(treasurer, 2026);
        LedgerFixtures.settings(treasurer, book, Map.of("fourEyes", false, "requireApproval", false,
            "requireReceipt", false));
        member = Actors.member(book, BookRole.MEMBER);
        period = LedgerFixtures.firstPeriod(treasurer, book);
        bank = LedgerFixtures.bankAccount(treasurer, book, "1000.00", "2026-01-01");
        cash = LedgerFixtures.cashAccount(treasurer, book, "50.00", "2026-01-01");
        ownCash = LedgerFixtures.account(treasurer, book, Map.of("name", "Eigenmittel-Kasse", "type", "CASH",
            "fund", "OWN", "openingBalance", "200.00", "openingDate", "2026-01-01"));

        booked("INCOME", "12000.00", "2026-01-01", bank, "IN-110", null);
        Map<String, Object> rent = tx("EXPENSE", "3600.00", "2026-02-10", bank, category(treasurer, book, "EX-200"));
        rent.put("status", "BOOKED");
        rent.put("receiptIds", java.util.List.of(LedgerFixtures.receipt(treasurer, book, "rent").toString()));
        record(treasurer, book, rent);
        Map<String, Object> transfer = tx("TRANSFER", "300.00", "2026-03-01", bank, null);
        transfer.put("toAccountId", cash.toString());
        transfer.put("status", "BOOKED");
        record(treasurer, book, transfer);

        Map<String, Object> advance = tx("EXPENSE", "45.60", "2026-04-12", bank, category(treasurer, book, "EX-520"));
        advance.put("paidByMemberId", member.id().toString());
        advance.put("status", "BOOKED");
        record(treasurer, book, advance);
        Map<String, Object> payBack = tx("EXPENSE", "45.60", "2026-04-20", cash, null);
        payBack.put("reimbursesMemberId", member.id().toString());
        payBack.put("status", "BOOKED");
        record(treasurer, book, payBack);

        UUID wrong = booked("EXPENSE", "99.99", "2026-05-01", bank, "EX-340", null);
        treasurer.api().body(Map.of("reason", "wrong amount", "date", "2026-05-02"))
            .post(books(book, "/transactions/" + wrong + "/reverse")).then().statusCode(201);
        booked("EXPENSE", "9.99", "2026-05-02", bank, "EX-340", null);
        booked("EXPENSE", "1200.00", "2026-12-31", bank, "EX-700", LAPTOP);

        Map<String, Object> office = tx("EXPENSE", "500.00", "2026-06-30", bank, category(treasurer, book, "EX-300"));
        office.put("status", "DRAFT");
        draft = record(treasurer, book, office);

        booked("INCOME", "150.00", "2026-06-01", ownCash, "IN-120", null);
        booked("EXPENSE", "30.00", "2026-06-15", ownCash, "EX-520", null);
    }

    private UUID booked(String type, String amount, String date, UUID account, String code, String description) {
        Map<String, Object> body = tx(type, amount, date, account, category(treasurer, book, code));
        body.put("status", "BOOKED");
        if (description != null) {
            body.put("description", description);
        }
        return record(treasurer, book, body);
    }

    /** Deletes the draft (it would block closing) and closes 2026. */
    void close() {
        treasurer.api().delete(books(book, "/transactions/" + draft)).then().statusCode(204);
        treasurer.api().post(books(book, "/periods/" + period + "/close")).then().log().ifValidationFails().statusCode(200);
    }

    String transparency() {
        return books(book, "/reports/transparency");
    }
}
