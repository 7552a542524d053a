package de.cet.reporting.api;

import de.cet.books.domain.BookRole;
import de.cet.reporting.model.OfficialCategories;
import de.cet.reporting.model.ReportLanguage;
import de.cet.testing.Actors;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.reporting.api.TransparencyReportApiTest.contains;
import static de.cet.reporting.api.TransparencyReportApiTest.containsNone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** The expense report through the API against the hand-computed {@link ReportBook}. */
@QuarkusTest
class ExpenseReportApiTest {

    private static ReportBook fixture;

    @BeforeEach
    void book() {
        if (fixture == null) {
            fixture = new ReportBook();
        }
    }

    private String expenses() {
        return books(fixture.book, "/reports/expenses");
    }

    @Test
    void bookedEntriesOfTheYearGroupedByCategoryWithReceiptNumbersAndTotals() {
        fixture.member.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").queryParam("lang", "en")
            .get(expenses()).then().statusCode(200)
            .body("lineCount", equalTo(11))
            .body("groups.officialCode", equalTo(java.util.Arrays.asList(
                "EX-200", "EX-340", "EX-520", "EX-700", "IN-110", "IN-120", null, null)))
            .body("groups[0].lines[0].receiptNumbers", equalTo(List.of("2026-0001")))
            .body("groups[0].subtotal", equalTo("-3600.00"))
            .body("groups[1].lines", hasSize(3))
            .body("groups[1].subtotal", equalTo("-9.99"))
            .body("groups[1].lines.find { it.reversal }.signedAmount", equalTo("99.99"))
            .body("groups[2].lines.find { it.advancedBy != null }.amount", equalTo("45.60"))
            .body("groups[6].categoryName", equalTo("Reimbursements of advances"))
            // listed with its amount, but it settles the advance and is no expense again
            .body("groups[6].lines[0].amount", equalTo("45.60"))
            .body("groups[6].lines[0].signedAmount", equalTo("0.00"))
            .body("groups[6].subtotal", equalTo("0.00"))
            .body("groups[7].categoryName", equalTo("Transfers between accounts"))
            .body("groups[7].subtotal", equalTo("0.00"))
            .body("totalIncome", equalTo("12150.00"))
            // 3600.00 + 99.99 − 99.99 + 9.99 + 45.60 (the advance) + 30.00 + 1200.00; its reimbursement is
            // not counted again — the transparency reports say 4 855.59 (PUBLIC) + 30.00 (OWN)
            .body("totalExpense", equalTo("4885.59"))
            .body("balance", equalTo("7264.41"));
    }

    @Test
    void theTransactionSearchFiltersApply() {
        fixture.treasurer.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
            .queryParam("type", "INCOME").get(expenses()).then().statusCode(200)
            .body("lineCount", equalTo(2)).body("totalIncome", equalTo("12150.00"))
            .body("filters", equalTo("Art: Einnahme; Status: gebucht"));
        fixture.treasurer.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").queryParam("lang", "en")
            .queryParam("type", "EXPENSE").queryParam("accountId", fixture.ownCash.toString())
            .queryParam("minAmount", "10.00").queryParam("q", " Kasse ").get(expenses()).then().statusCode(200)
            .body("filters", equalTo("Type: Expense; Status: booked; Account: Eigenmittel-Kasse; Amount from: €10.00; Text: \u201eKasse\u201c"));
        fixture.treasurer.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
            .queryParam("memberId", fixture.member.id().toString()).get(expenses()).then().statusCode(200)
            .body("lineCount", equalTo(2)).body("totalExpense", equalTo("45.60"));
        fixture.treasurer.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
            .queryParam("accountId", fixture.ownCash.toString()).get(expenses()).then().statusCode(200)
            .body("lineCount", equalTo(2)).body("totalIncome", equalTo("150.00")).body("totalExpense", equalTo("30.00"));
        // the draft shows only when asked for by status
        fixture.treasurer.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
            .queryParam("status", "DRAFT").get(expenses()).then().statusCode(200)
            .body("lineCount", equalTo(1)).body("totalExpense", equalTo("500.00"));
        // the first and last day of the range are inside it
        fixture.treasurer.api().queryParam("from", "2026-12-31").queryParam("to", "2026-12-31")
            .get(expenses()).then().statusCode(200).body("lineCount", equalTo(1)).body("totalExpense", equalTo("1200.00"));
        fixture.treasurer.api().queryParam("from", "2026-01-01").queryParam("to", "2026-01-01")
            .get(expenses()).then().statusCode(200).body("lineCount", equalTo(1)).body("totalIncome", equalTo("12000.00"));
    }

    @Test
    void csvNeutralisesAFormulaInADescriptionAndCarriesEveryEntry() {
        byte[] csv = fixture.treasurer.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
            .queryParam("format", "csv").queryParam("lang", "en").get(expenses()).then().statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("Content-Disposition", startsWith("attachment; filename=\"expenses-2026-01-01-2026-12-31.csv\""))
            .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        // one row per entry (no total rows: a spreadsheet sums the columns itself)
        contains(text, "'=HYPERLINK", "12000.00", "150.00", "3600.00", "-9.99", "2026-0001", "Reimbursements of advances");
        containsNone(text, ",=HYPERLINK", "\"=HYPERLINK", "\n=HYPERLINK");
    }

    @Test
    void totalsAgreeWithTheTransparencyReportsOfTheSamePeriodAndFund() {
        fixture.member.api().queryParam("periodId", fixture.period).queryParam("fund", "PUBLIC")
            .get(fixture.transparency()).then().statusCode(200)
            .body("totalIncome", equalTo("12000.00")).body("totalExpenses", equalTo("4855.59"));
        fixture.member.api().queryParam("periodId", fixture.period).queryParam("fund", "OWN")
            .get(fixture.transparency()).then().statusCode(200)
            .body("totalIncome", equalTo("150.00")).body("totalExpenses", equalTo("30.00"));
        // the whole book is both funds
        fixture.member.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").get(expenses()).then()
            .statusCode(200).body("totalIncome", equalTo("12150.00")).body("totalExpense", equalTo("4885.59"));
        // the OWN fund has one account: its filter is the fund
        fixture.member.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
            .queryParam("accountId", fixture.ownCash.toString()).get(expenses()).then().statusCode(200)
            .body("totalIncome", equalTo("150.00")).body("totalExpense", equalTo("30.00"));
    }

    @Test
    void aCategoryNamedLikeItsOfficialCategoryIsNamedOnce() {
        String rent = OfficialCategories.name("EX-200", ReportLanguage.DE);
        fixture.member.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").queryParam("lang", "de")
            .get(expenses()).then().statusCode(200)
            .body("groups[0].officialCode", equalTo("EX-200"))
            .body("groups[0].categoryName", equalTo(rent));
    }

    @Test
    void pdfCarriesTheTotals() throws Exception {
        byte[] pdf = fixture.treasurer.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
            .queryParam("format", "pdf").queryParam("lang", "en").get(expenses()).then().statusCode(200)
            .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            contains(new PDFTextStripper().getText(doc).replace('\u00a0', ' '), "€12,150.00", "€4,885.59", "€7,264.41", "2026-0001");
        }
    }

    @Test
    void auditorReadsNonMemberGets404AndBadFiltersAnswer400() {
        Actors.member(fixture.book, BookRole.AUDITOR).api().queryParam("from", "2026-01-01")
            .queryParam("to", "2026-12-31").get(expenses()).then().statusCode(200).body("lineCount", equalTo(11));
        Actors.user().api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").get(expenses()).then()
            .statusCode(404);
        fixture.treasurer.api().queryParam("to", "2026-12-31").get(expenses()).then().statusCode(400)
            .body(containsString("from"));
        fixture.treasurer.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
            .queryParam("minAmount", 12.5).queryParam("type", "GIFT").get(expenses()).then().statusCode(400)
            .body(containsString("minAmount")).body(containsString("type"));
        fixture.treasurer.api().queryParam("from", "2026-12-31").queryParam("to", "2026-01-01").get(expenses()).then()
            .statusCode(400);
    }
}
