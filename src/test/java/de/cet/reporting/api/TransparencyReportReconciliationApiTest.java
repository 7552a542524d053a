package de.cet.reporting.api;

import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.record;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The transparency report agrees with the accounts when money is owed to members at a period's end and
 * when money moves between the funds, across two periods, and says where the closing balance goes.
 *
 * <pre>
 * 2026  PUBLIC bank opens 1 000.00, OWN bank opens 500.00
 * 01-15 grant IN-110 (public)                        +5 000.00
 * 03-10 member's advance EX-510 travel (public)        −120.00  (owed at the year's end: no account moved)
 * 06-01 transfer public bank → own bank 200.00        (between the funds: −200 public, +200 own)
 * 07-01 office supplies EX-300 (public)                 −80.00
 * PUBLIC: 1 000 + 5 000 − 200 − 200 = 5 600.00 closing; the bank holds 5 720.00 of which 120.00 is owed
 * OWN:    500 + 200 = 700.00
 * 2027  01-20 the advance is reimbursed from the public bank: no expense; opening 5 600.00 = closing 5 600.00
 * </pre>
 */
@QuarkusTest
class TransparencyReportReconciliationApiTest {

    @Test
    void advancesOwedAtTheEndAndTransfersBetweenFundsReconcileWithTheAccountsAcrossTwoPeriods() throws Exception {
        Actor treasurer = Actors.user("Theo Treasurer");
        UUID book = LedgerFixtures.caucusBook(treasurer, 2026);
        LedgerFixtures.settings(treasurer, book, Map.of("fourEyes", false, "requireApproval", false,
            "requireReceipt", false));
        Actor member = Actors.member(book, BookRole.MEMBER);
        UUID period2026 = LedgerFixtures.firstPeriod(treasurer, book);
        UUID bank = LedgerFixtures.bankAccount(treasurer, book, "1000.00", "2026-01-01");
        UUID ownBank = LedgerFixtures.account(treasurer, book, Map.of("name", "Eigenmittel", "type", "BANK",
            "fund", "OWN", "iban", "DE02120300000000202051", "openingBalance", "500.00", "openingDate", "2026-01-01"));

        booked(treasurer, book, tx("INCOME", "5000.00", "2026-01-15", bank, category(treasurer, book, "IN-110")));
        Map<String, Object> advance = tx("EXPENSE", "120.00", "2026-03-10", bank, category(treasurer, book, "EX-510"));
        advance.put("paidByMemberId", member.id().toString());
        booked(treasurer, book, advance);
        Map<String, Object> transfer = tx("TRANSFER", "200.00", "2026-06-01", bank, null);
        transfer.put("toAccountId", ownBank.toString());
        booked(treasurer, book, transfer);
        booked(treasurer, book, tx("EXPENSE", "80.00", "2026-07-01", bank, category(treasurer, book, "EX-300")));

        JsonPath publicFund = report(member, book, period2026, "PUBLIC");
        assertThat(publicFund.getString("openingBalance"), equalTo("1000.00"));
        assertThat(publicFund.getString("totalIncome"), equalTo("5000.00"));
        assertThat(publicFund.getString("totalExpenses"), equalTo("200.00"));
        assertThat(line(publicFund, "TRANSFER_TO_OTHER_FUND"), equalTo("200.00"));
        assertThat(publicFund.getString("closingBalance"), equalTo("5600.00"));
        assertThat(line(publicFund, "ADVANCES_OWED_AT_END"), equalTo("120.00"));
        assertThat(line(publicFund, "HELD_ON_ACCOUNTS_AT_END"), equalTo("5720.00"));
        assertThat(line(publicFund, "CARRY_OVER_TO_NEXT_PERIOD"), equalTo("5600.00"));
        assertThat(line(publicFund, "REPAYMENT_TO_MUNICIPALITY"), nullValue());

        JsonPath ownFund = report(member, book, period2026, "OWN");
        assertThat(ownFund.getString("openingBalance"), equalTo("500.00"));
        assertThat(line(ownFund, "TRANSFER_FROM_OTHER_FUND"), equalTo("200.00"));
        assertThat(ownFund.getString("closingBalance"), equalTo("700.00"));
        assertThat(line(ownFund, "HELD_ON_ACCOUNTS_AT_END"), nullValue());

        // the report's closing balance = what the accounts hold − what the fund owes members
        JsonPath balances = treasurer.api().queryParam("date", "2026-12-31").get(books(book, "/balances"))
            .then().statusCode(200).extract().jsonPath();
        assertThat(new BigDecimal(balances.getString("publicFund")).subtract(new BigDecimal("120.00")),
            equalTo(new BigDecimal(publicFund.getString("closingBalance"))));
        assertThat(balances.getString("ownFund"), equalTo(ownFund.getString("closingBalance")));

        // the transfer stands above the closing balance in the CSV and the PDF, so their columns add up
        byte[] csvBytes = treasurer.api().queryParam("periodId", period2026.toString()).queryParam("fund", "PUBLIC")
            .queryParam("format", "csv").get(books(book, "/reports/transparency")).then().statusCode(200)
            .extract().asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        assertThat(csv, containsString("Umbuchung;;Umbuchung in die andere Mittelart;;-200,00"));
        assertThat(csv, containsString("Offene Auslagen von Mitgliedern am Ende"));
        byte[] pdf = treasurer.api().queryParam("periodId", period2026.toString()).queryParam("fund", "PUBLIC")
            .queryParam("format", "pdf").queryParam("lang", "en").get(books(book, "/reports/transparency"))
            .then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
            assertThat(text, containsString("Transfer to the other fund -€200.00"));
            assertThat(text, containsString("Closing balance €5,600.00"));
            assertThat(text, containsString("Held on the accounts at the end €5,720.00"));
            assertThat(text, containsString("Carried over to the next period €5,600.00"));
        }

        // 2027: the closing balance comes over, the advance is reimbursed without being an expense again
        String period2027 = treasurer.api().post(books(book, "/periods/" + period2026 + "/close")).then()
            .statusCode(200).extract().path("nextPeriod.id");
        Map<String, Object> payBack = tx("EXPENSE", "120.00", "2027-01-20", bank, null);
        payBack.put("reimbursesMemberId", member.id().toString());
        booked(treasurer, book, payBack);
        LedgerFixtures.settings(treasurer, book, Map.of("electionDate", "2027-09-12"));

        JsonPath next = report(member, book, UUID.fromString(period2027), "PUBLIC");
        assertThat(next.getString("openingBalance"), equalTo("5600.00"));
        assertThat(line(next, "CARRY_OVER_FROM_PREVIOUS_PERIOD"), equalTo("5600.00"));
        assertThat(line(next, "ADVANCES_OWED_AT_START"), equalTo("120.00"));
        assertThat(next.getString("totalExpenses"), equalTo("0.00"));
        assertThat(next.getString("closingBalance"), equalTo("5600.00"));
        assertThat(line(next, "ADVANCES_OWED_AT_END"), nullValue());
        // the council's term ends in 2027: unspent public money goes back to the municipality
        assertThat(line(next, "REPAYMENT_TO_MUNICIPALITY"), equalTo("5600.00"));
        assertThat(line(next, "CARRY_OVER_TO_NEXT_PERIOD"), nullValue());
        JsonPath balances2027 = treasurer.api().queryParam("date", "2027-12-31").get(books(book, "/balances"))
            .then().statusCode(200).extract().jsonPath();
        assertThat(balances2027.getString("publicFund"), equalTo("5600.00"));
        // own funds are never repaid
        assertThat(line(report(member, book, UUID.fromString(period2027), "OWN"), "CARRY_OVER_TO_NEXT_PERIOD"),
            equalTo("700.00"));
    }

    /**
     * <pre>
     * 2026-01-01 PUBLIC bank opens 1 000.00 (in the opening balance: held from the start of the first day)
     * 02-01 grant IN-110 on the bank                      +3 000.00
     * 05-01 PUBLIC cash box opens 250.00                 (in no opening balance: its own line)
     * 06-15 office supplies EX-300 from the cash box        −40.00
     * 08-01 travel EX-510 from the bank                    −460.00
     * PUBLIC: 1 000 + 3 000 − 500 + 250 = 3 750.00 = what the two accounts hold on 12-31
     * </pre>
     */
    @Test
    void anAccountOpenedInsideThePeriodBringsItsOpeningBalanceInOneLineAndTheReportReconciles() throws Exception {
        Actor treasurer = Actors.user("Tara Treasurer");
        UUID book = LedgerFixtures.caucusBook(treasurer, 2026);
        LedgerFixtures.settings(treasurer, book, Map.of("fourEyes", false, "requireApproval", false,
            "requireReceipt", false));
        UUID period2026 = LedgerFixtures.firstPeriod(treasurer, book);
        UUID bank = LedgerFixtures.bankAccount(treasurer, book, "1000.00", "2026-01-01");
        UUID cash = LedgerFixtures.cashAccount(treasurer, book, "250.00", "2026-05-01");
        booked(treasurer, book, tx("INCOME", "3000.00", "2026-02-01", bank, category(treasurer, book, "IN-110")));
        booked(treasurer, book, tx("EXPENSE", "40.00", "2026-06-15", cash, category(treasurer, book, "EX-300")));
        booked(treasurer, book, tx("EXPENSE", "460.00", "2026-08-01", bank, category(treasurer, book, "EX-510")));

        JsonPath report = report(treasurer, book, period2026, "PUBLIC");
        assertThat(report.getString("openingBalance"), equalTo("1000.00"));
        assertThat(report.getString("totalIncome"), equalTo("3000.00"));
        assertThat(report.getString("totalExpenses"), equalTo("500.00"));
        assertThat(line(report, "ACCOUNTS_OPENED_IN_PERIOD"), equalTo("250.00"));
        assertThat(report.getString("balanceLines.find { it.kind == 'ACCOUNTS_OPENED_IN_PERIOD' }.label"),
            equalTo("Anfangsbestand neu eröffneter Konten"));
        assertThat(report.getString("closingBalance"), equalTo("3750.00"));
        assertThat(line(report, "CARRY_OVER_TO_NEXT_PERIOD"), equalTo("3750.00"));
        JsonPath balances = treasurer.api().queryParam("date", "2026-12-31").get(books(book, "/balances"))
            .then().statusCode(200).extract().jsonPath();
        assertThat(balances.getString("publicFund"), equalTo(report.getString("closingBalance")));
        // the other fund has no account opened in the period: no line
        assertThat(line(report(treasurer, book, period2026, "OWN"), "ACCOUNTS_OPENED_IN_PERIOD"), nullValue());

        String csv = new String(treasurer.api().queryParam("periodId", period2026.toString())
            .queryParam("fund", "PUBLIC").queryParam("format", "csv").get(books(book, "/reports/transparency"))
            .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv, containsString("Anfangsbestand;;Anfangsbestand neu eröffneter Konten;;250,00"));
        byte[] pdf = treasurer.api().queryParam("periodId", period2026.toString()).queryParam("fund", "PUBLIC")
            .queryParam("format", "pdf").queryParam("lang", "en").get(books(book, "/reports/transparency"))
            .then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
            assertThat(text, containsString("Opening balance of accounts opened in the period €250.00"));
            assertThat(text, containsString("Closing balance €3,750.00"));
        }

        // the next period starts where this one ended; the cash box is in its opening balance now
        String period2027 = treasurer.api().post(books(book, "/periods/" + period2026 + "/close")).then()
            .statusCode(200).extract().path("nextPeriod.id");
        JsonPath next = report(treasurer, book, UUID.fromString(period2027), "PUBLIC");
        assertThat(next.getString("openingBalance"), equalTo("3750.00"));
        assertThat(line(next, "ACCOUNTS_OPENED_IN_PERIOD"), nullValue());
        assertThat(next.getString("closingBalance"), equalTo("3750.00"));
    }

    /** A bank account opened overdrawn inside the period lowers the closing balance by its own line. */
    @Test
    void anAccountOpenedOverdrawnInsideThePeriodLowersTheClosingBalance() {
        Actor treasurer = Actors.user();
        UUID book = LedgerFixtures.caucusBook(treasurer, 2026);
        UUID period = LedgerFixtures.firstPeriod(treasurer, book);
        LedgerFixtures.bankAccount(treasurer, book, "500.00", "2026-01-01");
        LedgerFixtures.account(treasurer, book, Map.of("name", "Zweitkonto", "type", "BANK", "fund", "PUBLIC",
            "iban", "DE02120300000000202051", "openingBalance", "-80.00", "openingDate", "2026-03-01"));

        JsonPath report = report(treasurer, book, period, "PUBLIC");
        assertThat(report.getString("openingBalance"), equalTo("500.00"));
        assertThat(line(report, "ACCOUNTS_OPENED_OVERDRAWN_IN_PERIOD"), equalTo("80.00"));
        assertThat(line(report, "ACCOUNTS_OPENED_IN_PERIOD"), nullValue());
        assertThat(report.getString("closingBalance"), equalTo("420.00"));
        assertThat(treasurer.api().queryParam("date", "2026-12-31").get(books(book, "/balances"))
            .then().statusCode(200).extract().path("publicFund"), equalTo("420.00"));
    }

    @Test
    void aBookThatRepaysEveryPeriodShowsTheRepaymentAndAnEmptyFundNoDisposition() {
        Actor treasurer = Actors.user();
        UUID book = LedgerFixtures.caucusBook(treasurer, 2026);
        LedgerFixtures.settings(treasurer, book, Map.of("repayUnspentPublicFunds", true, "requireReceipt", false,
            "requireApproval", false));
        treasurer.api().get(books(book, "")).then().statusCode(200).body("repayUnspentPublicFunds", equalTo(true));
        UUID period = LedgerFixtures.firstPeriod(treasurer, book);
        UUID bank = LedgerFixtures.bankAccount(treasurer, book, "0.00", "2026-01-01");
        booked(treasurer, book, tx("INCOME", "300.00", "2026-02-01", bank, category(treasurer, book, "IN-110")));

        JsonPath report = report(treasurer, book, period, "PUBLIC");
        assertThat(report.getString("closingBalance"), equalTo("300.00"));
        assertThat(line(report, "REPAYMENT_TO_MUNICIPALITY"), equalTo("300.00"));
        assertThat(line(report, "CARRY_OVER_FROM_PREVIOUS_PERIOD"), nullValue());

        JsonPath own = report(treasurer, book, period, "OWN");
        assertThat(own.getString("closingBalance"), equalTo("0.00"));
        assertThat(own.getList("balanceLines").size(), equalTo(0));

        treasurer.api().body(Map.of("repayUnspentPublicFunds", "yes", "version", 99))
            .patch(books(book, "")).then().statusCode(400);
    }

    private static void booked(Actor treasurer, UUID book, Map<String, Object> body) {
        body.put("status", "BOOKED");
        record(treasurer, book, body);
    }

    private static JsonPath report(Actor reader, UUID book, UUID period, String fund) {
        return reader.api().queryParam("periodId", period.toString()).queryParam("fund", fund).queryParam("lang", "de")
            .get(books(book, "/reports/transparency")).then().statusCode(200).extract().jsonPath();
    }

    private static String line(JsonPath report, String kind) {
        return report.getString("balanceLines.find { it.kind == '" + kind + "' }.amount");
    }
}
