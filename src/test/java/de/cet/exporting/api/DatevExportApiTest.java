package de.cet.exporting.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.record;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.books.domain.BookRole;
import de.cet.exporting.DatevFile;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The DATEV export of a hand-made caucus year, parsed back like DATEV's import reads it: every booked entry
 * is one row with its amount, side and both accounts, drafts are left out, the book's mapping applies.
 */
@QuarkusTest
class DatevExportApiTest {

    /** 2026: grant, rent with a receipt, a transfer, an advance and its reimbursement, a reversal, a draft. */
    static final class Year {
        final Actor treasurer = Actors.user("Tina Treasurer");
        final UUID book = LedgerFixtures.caucusBook(treasurer, 2026);
        final Actor member;
        final UUID period;
        final UUID bank;
        final UUID cash;
        final String receiptNumber;

        Year() {
            LedgerFixtures.settings(treasurer, book, Map.of("fourEyes", false, "requireApproval", false, "requireReceipt", false));
            member = Actors.member(book, BookRole.MEMBER);
            period = LedgerFixtures.firstPeriod(treasurer, book);
            bank = LedgerFixtures.bankAccount(treasurer, book, "1000.00", "2026-01-01");
            cash = LedgerFixtures.cashAccount(treasurer, book, "50.00", "2026-01-01");
            booked("INCOME", "12000.00", "2026-01-15", bank, "IN-110", "Stadt Musterstadt", "Sockelbetrag", null);
            UUID receipt = LedgerFixtures.receipt(treasurer, book, "rent");
            receiptNumber = treasurer.api().get(books(book, "/receipts/" + receipt)).then().statusCode(200)
                .extract().path("number");
            Map<String, Object> rent = body("EXPENSE", "3600.00", "2026-02-10", bank, "EX-200", "Müller Immobilien",
                "Miete € Q1", "LH-2026-1");
            rent.put("receiptIds", List.of(receipt.toString()));
            record(treasurer, book, rent);
            Map<String, Object> transfer = tx("TRANSFER", "300.00", "2026-03-01", bank, null);
            transfer.put("toAccountId", cash.toString());
            transfer.put("status", "BOOKED");
            record(treasurer, book, transfer);
            Map<String, Object> advance = body("EXPENSE", "45.60", "2026-04-12", bank, "EX-520", "Café Rathaus", null, null);
            advance.put("paidByMemberId", member.id().toString());
            record(treasurer, book, advance);
            Map<String, Object> payBack = tx("EXPENSE", "45.60", "2026-04-20", cash, null);
            payBack.put("reimbursesMemberId", member.id().toString());
            payBack.put("status", "BOOKED");
            record(treasurer, book, payBack);
            UUID wrong = booked("EXPENSE", "99.99", "2026-05-01", bank, "EX-340", null, "=HYPERLINK(\"http://evil\")", null);
            treasurer.api().body(Map.of("reason", "wrong amount", "date", "2026-05-02"))
                .post(books(book, "/transactions/" + wrong + "/reverse")).then().statusCode(201);
            Map<String, Object> draft = body("EXPENSE", "500.00", "2026-06-30", bank, "EX-300", null, null, null);
            draft.put("status", "DRAFT");
            record(treasurer, book, draft);
        }

        Map<String, Object> body(String type, String amount, String date, UUID account, String code, String counterparty,
                                 String description, String reference) {
            Map<String, Object> body = new HashMap<>(tx(type, amount, date, account, category(treasurer, book, code)));
            body.put("status", "BOOKED");
            if (counterparty != null) {
                body.put("counterparty", counterparty);
            }
            if (description != null) {
                body.put("description", description);
            }
            if (reference != null) {
                body.put("reference", reference);
            }
            return body;
        }

        UUID booked(String type, String amount, String date, UUID account, String code, String counterparty,
                    String description, String reference) {
            return record(treasurer, book, body(type, amount, date, account, code, counterparty, description, reference));
        }

        String export() {
            return books(book, "/exports/datev?periodId=" + period);
        }

        String settings() {
            return books(book, "/settings/datev");
        }
    }

    private static List<String> row(DatevFile.Row r) {
        return List.of(r.get("Umsatz (ohne Soll/Haben-Kz)"), r.get("Soll/Haben-Kennzeichen"), r.get("Konto"),
            r.get("Gegenkonto (ohne BU-Schlüssel)"), r.get("Belegdatum"), r.get("Belegfeld 1"), r.get("Buchungstext"));
    }

    @Test
    void theYearExportsWithTheChartsDefaultsAndParsesBackWithEveryAmountAndAccount() {
        Year year = new Year();
        ExtractableResponse<Response> answer = year.treasurer.api().get(year.export()).then().statusCode(200)
            .header("Content-Type", containsString("windows-1252"))
            .header("Content-Disposition", equalTo("attachment; filename=\"EXTF_Buchungsstapel_20260101_20261231.csv\""))
            .header("X-Content-Type-Options", "nosniff")
            .extract();
        DatevFile file = DatevFile.parse(answer.asByteArray());

        assertEquals(List.of("EXTF", "700", "21", "Buchungsstapel", "13"), file.header().subList(0, 5));
        assertEquals(List.of("20260101", "4", "20260101", "20261231", "CET 2026"), file.header().subList(12, 17));
        assertEquals("03", file.header().get(26), "SKR 03 unless the book chose otherwise");
        assertEquals(125, file.columns().size());
        assertEquals(List.of(
                List.of("12000,00", "S", "1200", "2700", "1501", "", "Stadt Musterstadt, Sockelbetrag"),
                List.of("3600,00", "S", "4210", "1200", "1002", year.receiptNumber, "Müller Immobilien, Miete € Q1"),
                List.of("300,00", "S", "1000", "1200", "0103", "", ""),
                List.of("45,60", "S", "4650", "1700", "1204", "", "Café Rathaus"),
                List.of("45,60", "S", "1700", "1000", "2004", "", ""),
                List.of("99,99", "S", "4970", "1200", "0105", "", "'=HYPERLINK(\"http://evil\")"),
                List.of("99,99", "H", "4970", "1200", "0205", "", "'=HYPERLINK(\"http://evil\")")),
            file.rows().stream().map(DatevExportApiTest::row).toList(),
            "every booked entry, in date order; the draft is not exported; the reversal is the same booking on H");
    }

    @Test
    void theBooksMappingAppliesToTheNextExport() {
        Year year = new Year();
        year.treasurer.api().get(year.settings()).then().statusCode(200)
            .header("ETag", "\"0\"")
            .body("chart", equalTo("SKR03"))
            .body("memberAccount", equalTo("1700"))
            .body("categories.find { it.officialCode == 'EX-200' }.account", equalTo("4210"))
            .body("accounts.find { it.type == 'CASH' }.account", equalTo("1000"));

        Map<String, Object> change = new HashMap<>();
        change.put("chart", "SKR04");
        change.put("consultantNumber", 29098);
        change.put("clientNumber", 55003);
        change.put("memberAccount", "3501");
        change.put("categories", Map.of("EX-200", "6305", "EX-340", "6855"));
        change.put("accounts", Map.of(year.bank.toString(), "1810"));
        year.treasurer.api().header("If-Match", "\"0\"").body(change).put(year.settings()).then().statusCode(200)
            .header("ETag", "\"1\"")
            .body("chart", equalTo("SKR04"))
            .body("categories.find { it.officialCode == 'EX-200' }.account", equalTo("6305"))
            .body("categories.find { it.officialCode == 'EX-200' }.defaultAccount", equalTo("6310"))
            .body("accounts.find { it.accountId == '" + year.bank + "' }.account", equalTo("1810"))
            .body("accounts.find { it.accountId == '" + year.cash + "' }.account", equalTo("1600"));

        DatevFile file = DatevFile.parse(year.treasurer.api().get(year.export()).then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("29098", "55003"), file.header().subList(10, 12));
        assertEquals("04", file.header().get(26));
        assertEquals(List.of(
                List.of("1810", "4830"), List.of("6305", "1810"), List.of("1600", "1810"), List.of("6640", "3501"),
                List.of("3501", "1600"), List.of("6855", "1810"), List.of("6855", "1810")),
            file.rows().stream().map(r -> List.of(r.get("Konto"), r.get("Gegenkonto (ohne BU-Schlüssel)"))).toList());

        // stale version: 412 with If-Match, 409 with the body's version; nothing changes
        year.treasurer.api().header("If-Match", "\"0\"").body(change).put(year.settings()).then().statusCode(412);
        Map<String, Object> stale = new HashMap<>(change);
        stale.put("version", 0);
        year.treasurer.api().body(stale).put(year.settings()).then().statusCode(409);
        year.treasurer.api().body(Map.of("chart", "SKR03")).put(year.settings()).then().statusCode(428);
    }

    @Test
    void wrongMappingsAreRefusedFieldByFieldAndNothingIsStored() {
        Year year = new Year();
        Map<String, Object> change = new HashMap<>();
        change.put("chart", "SKR04");
        change.put("consultantNumber", 12);
        change.put("clientNumber", 100000);
        change.put("memberAccount", "35");
        change.put("categories", Map.of("EX-200", "63O5", "XX-100", "4900"));
        change.put("version", 0);
        year.treasurer.api().body(change).put(year.settings()).then().statusCode(400)
            .body("errors.field", hasItem("consultantNumber"))
            .body("errors.field", hasItem("clientNumber"))
            .body("errors.field", hasItem("memberAccount"))
            .body("errors.field", hasItem("categories.EX-200"))
            .body("errors.field", hasItem("categories.XX-100"));
        year.treasurer.api().body(Map.of("chart", "SKR05", "version", 0)).put(year.settings()).then().statusCode(400)
            .body("errors.field", hasItem("chart"));
        year.treasurer.api().get(year.settings()).then().statusCode(200).body("chart", equalTo("SKR03")).body("version", equalTo(0));

        // an account of another book is not found here
        Actor other = Actors.user();
        UUID otherBook = LedgerFixtures.caucusBook(other, 2026);
        UUID foreign = LedgerFixtures.bankAccount(other, otherBook, "0.00", "2026-01-01");
        year.treasurer.api().body(Map.of("version", 0, "accounts", Map.of(foreign.toString(), "1810")))
            .put(year.settings()).then().statusCode(404);
    }

    @Test
    void onlyThoseWhoKeepOrCheckTheBooksExportAndOnlyBookkeepersChangeTheMapping() {
        Year year = new Year();
        Actor auditor = Actors.member(year.book, BookRole.AUDITOR);
        Actor admin = Actors.member(year.book, BookRole.ADMIN);
        Actor stranger = Actors.user();
        auditor.api().get(year.export()).then().statusCode(200);
        admin.api().get(year.export()).then().statusCode(200);
        year.member.api().get(year.export()).then().statusCode(403);
        stranger.api().get(year.export()).then().statusCode(404);
        year.member.api().get(year.settings()).then().statusCode(403);
        stranger.api().get(year.settings()).then().statusCode(404);

        Map<String, Object> change = Map.of("chart", "SKR04", "version", 0);
        auditor.api().body(change).put(year.settings()).then().statusCode(403);
        year.member.api().body(change).put(year.settings()).then().statusCode(403);
        stranger.api().body(change).put(year.settings()).then().statusCode(404);
        admin.api().body(change).put(year.settings()).then().statusCode(200);

        // a period of another book, no period, a malformed one
        Actor other = Actors.user();
        UUID otherBook = LedgerFixtures.caucusBook(other, 2026);
        UUID otherPeriod = LedgerFixtures.firstPeriod(other, otherBook);
        year.treasurer.api().get(books(year.book, "/exports/datev?periodId=" + otherPeriod)).then().statusCode(404);
        year.treasurer.api().get(books(year.book, "/exports/datev")).then().statusCode(400);
        year.treasurer.api().get(books(year.book, "/exports/datev?periodId=nope")).then().statusCode(400)
            .body("errors[0].field", org.hamcrest.Matchers.equalTo("periodId"));
    }

    @Test
    void aPeriodLongerThanTwelveMonthsIsRefusedBecauseDatevDatesByDayAndMonth() {
        Actor owner = Actors.user();
        UUID book = Actors.book(owner);
        String id = owner.api().body(Map.of("name", "Wahlperiode", "startDate", "2030-11-01", "endDate", "2031-12-31"))
            .post(books(book, "/periods")).then().statusCode(201).extract().path("id");
        owner.api().get(books(book, "/exports/datev?periodId=" + id)).then().statusCode(409)
            .body("type", containsString("period-longer-than-a-year"));
    }
}
