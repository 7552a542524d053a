package de.cet.reporting.api;

import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static de.cet.ledger.api.LedgerFixtures.books;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** The transparency report through the API against the hand-computed {@link ReportBook} (open period). */
@QuarkusTest
class TransparencyReportApiTest {

    /** Built once (through the API, so only once the application runs) and only read by the tests. */
    private static ReportBook fixture;

    @BeforeEach
    void book() {
        if (fixture == null) {
            fixture = new ReportBook();
        }
    }

    @Test
    void publicFundAddsUpToTheCentWithReversalsNettedTransfersAndReimbursementsLeftOut() {
        fixture.member.api().queryParam("periodId", fixture.period.toString()).queryParam("fund", "PUBLIC")
            .queryParam("lang", "en")
            .get(fixture.transparency()).then().statusCode(200)
            .body("fund", equalTo("PUBLIC"))
            .body("period.startDate", equalTo("2026-01-01")).body("period.endDate", equalTo("2026-12-31"))
            .body("openingBalance", equalTo("1050.00"))
            .body("income", hasSize(1))
            .body("income[0].officialCode", equalTo("IN-110"))
            .body("income[0].amount", equalTo("12000.00"))
            .body("expenses.officialCode", equalTo(java.util.List.of("EX-200", "EX-340", "EX-520", "EX-700")))
            .body("expenses.find { it.officialCode == 'EX-200' }.amount", equalTo("3600.00"))
            .body("expenses.find { it.officialCode == 'EX-340' }.amount", equalTo("9.99"))
            .body("expenses.find { it.officialCode == 'EX-520' }.amount", equalTo("45.60"))
            .body("expenses.find { it.officialCode == 'EX-700' }.amount", equalTo("1200.00"))
            .body("totalIncome", equalTo("12000.00"))
            .body("totalExpenses", equalTo("4855.59"))
            .body("closingBalance", equalTo("8194.41"))
            .body("balanceLines.find { it.kind == 'TRANSFER_BANK_TO_CASH' }.amount", equalTo("300.00"))
            .body("inventory", hasSize(1))
            .body("inventory[0].date", equalTo("2026-12-31"))
            .body("inventory[0].price", equalTo("1200.00"))
            .body("draft", equalTo(true))
            .body("signOffs", empty());
        // the ledger agrees: the closing balance is what the fund's accounts hold at the period's end
        fixture.treasurer.api().queryParam("date", "2026-12-31").get(books(fixture.book, "/balances")).then()
            .statusCode(200).body("publicFund", equalTo("8194.41"));
    }

    @Test
    void ownFundIsReportedApartFromPublicMoney() {
        fixture.treasurer.api().queryParam("periodId", fixture.period.toString()).queryParam("fund", "OWN")
            .get(fixture.transparency()).then().statusCode(200)
            .body("openingBalance", equalTo("200.00"))
            .body("income.officialCode", equalTo(java.util.List.of("IN-120")))
            .body("totalIncome", equalTo("150.00"))
            .body("expenses.officialCode", equalTo(java.util.List.of("EX-520")))
            .body("totalExpenses", equalTo("30.00"))
            .body("closingBalance", equalTo("320.00"))
            .body("inventory", empty());
    }

    @Test
    void csvCarriesTheSameTotalsAndNeutralisesAFormulaInTheInventoryDescription() {
        byte[] csv = fixture.treasurer.api().queryParam("periodId", fixture.period.toString())
            .queryParam("format", "csv").queryParam("lang", "en")
            .get(fixture.transparency()).then().statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("Content-Disposition", startsWith("attachment; filename=\"transparency-report-2026-public.csv\""))
            .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        contains(text, "1050.00", "12000.00", "4855.59", "8194.41", "3600.00", "9.99", "45.60");
        containsNone(text, ";=HYPERLINK", ",=HYPERLINK", "\n=HYPERLINK", "\"=HYPERLINK");
        contains(text, "'=HYPERLINK");
    }

    @Test
    void pdfCarriesTheSameTotalsAndTheDraftMark() throws Exception {
        byte[] pdf = fixture.member.api().queryParam("periodId", fixture.period.toString())
            .queryParam("format", "pdf").queryParam("lang", "en")
            .get(fixture.transparency()).then().statusCode(200)
            .contentType("application/pdf")
            .header("Content-Disposition", startsWith("attachment; filename=\"transparency-report-2026-public.pdf\""))
            .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
            contains(text, "€1,050.00", "€12,000.00", "€4,855.59", "€8,194.41", "€9.99", "DRAFT");
        }
    }

    @Test
    void germanPdfIsTheDefault() throws Exception {
        byte[] pdf = fixture.treasurer.api().queryParam("periodId", fixture.period.toString())
            .queryParam("format", "pdf")
            .get(fixture.transparency()).then().statusCode(200)
            .header("Content-Disposition", startsWith("attachment; filename=\"transparenzbericht-2026-public.pdf\""))
            .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            contains(new PDFTextStripper().getText(doc).replace('\u00a0', ' '), "8.194,41 €");
        }
    }

    @Test
    void auditorReadsNonMemberGets404AndAPeriodOfAnotherBookIs404() {
        Actor auditor = Actors.member(fixture.book, BookRole.AUDITOR);
        auditor.api().queryParam("periodId", fixture.period.toString()).get(fixture.transparency()).then()
            .statusCode(200).body("closingBalance", equalTo("8194.41"));
        Actors.user().api().queryParam("periodId", fixture.period.toString()).get(fixture.transparency()).then()
            .statusCode(404);

        Actor other = Actors.user();
        UUID otherBook = LedgerFixtures.caucusBook(other, 2026);
        UUID otherPeriod = LedgerFixtures.firstPeriod(other, otherBook);
        fixture.treasurer.api().queryParam("periodId", otherPeriod.toString()).get(fixture.transparency()).then()
            .statusCode(404);
        // and the other book's owner cannot read this book through its own period id
        other.api().queryParam("periodId", otherPeriod.toString()).get(fixture.transparency()).then().statusCode(404);
    }

    @Test
    void badParametersAnswer400WithTheField() {
        fixture.treasurer.api().queryParam("periodId", fixture.period.toString()).queryParam("format", "xlsx")
            .get(fixture.transparency()).then().statusCode(400).body(containsString("format"));
        fixture.treasurer.api().queryParam("periodId", fixture.period.toString()).queryParam("fund", "MIXED")
            .get(fixture.transparency()).then().statusCode(400).body(containsString("fund"));
        fixture.treasurer.api().queryParam("periodId", fixture.period.toString()).queryParam("lang", "fr")
            .get(fixture.transparency()).then().statusCode(400).body(containsString("lang"));
        fixture.treasurer.api().get(fixture.transparency()).then().statusCode(400).body(containsString("periodId"));
    }

    static void contains(String text, String... parts) {
        for (String part : parts) {
            assertThat(text, containsString(part));
        }
    }

    static void containsNone(String text, String... parts) {
        for (String part : parts) {
            assertThat(text, not(containsString(part)));
        }
    }
}
