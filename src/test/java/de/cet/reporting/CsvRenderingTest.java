package de.cet.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.reporting.model.ExpenseGroup;
import de.cet.reporting.model.ExpenseLine;
import de.cet.reporting.model.ExpenseReport;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.TransactionType;
import de.cet.reporting.render.CsvDialect;
import de.cet.reporting.render.CsvTableWriter;
import de.cet.reporting.render.ExpenseReportCsvRenderer;
import de.cet.reporting.render.TransparencyReportCsvRenderer;
import de.cet.shared.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRenderingTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] expenses(ExpenseReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExpenseReportCsvRenderer().render(report, out);
        return out.toByteArray();
    }

    /** Parses what we wrote as a spreadsheet would: BOM stripped, the dialect's delimiter, RFC 4180 quoting. */
    private static List<CSVRecord> parse(byte[] bytes, char delimiter) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void germanCsvStartsWithABomUsesSemicolonsDecimalCommaAndCrlf() throws IOException {
        byte[] bytes = expenses(ReportFixtures.year(ReportLanguage.DE));
        assertArrayEquals(UTF8_BOM, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFDatum;Beleg-Nr.;Kategorie;Kennziffer;Art;Storno;"), text);
        assertEquals(8, text.split("\r\n", -1).length - 1, "7 lines and a header, each ended by CRLF");
        assertFalse(text.replace("\r\n", "").contains("\n"));

        List<CSVRecord> rows = parse(bytes, ';');
        CSVRecord first = rows.get(1);
        assertEquals("01.01.2026", first.get(0));
        assertEquals("Büromaterial", first.get(2));
        assertEquals("350,00", first.get(10));
        assertEquals("-350,00", first.get(11));
        CSVRecord reversal = rows.get(2);
        assertEquals("ja", reversal.get(5));
        assertEquals("37,15", reversal.get(11));
        CSVRecord advance = rows.get(3);
        assertEquals("2026-098, 2026-099", advance.get(1));
        assertEquals("31.12.2026", advance.get(0));
        assertEquals("Jana Öztürk", advance.get(9));
        assertEquals("12000,00", rows.get(5).get(10), "no thousands separator: it would turn the number into text");
    }

    @Test
    void theLastColumnIsEachLinesEffectOnTheBalanceAndAddsUpToIt() throws IOException {
        ExpenseReport report = ReportFixtures.year(ReportLanguage.DE);
        List<CSVRecord> rows = parse(expenses(report), ';');
        assertEquals("Wirkung auf den Saldo (EUR)", rows.get(0).get(11), "not a running balance, so not \"Saldo\"");
        Money sum = Money.ZERO;
        for (CSVRecord row : rows.subList(1, rows.size())) {
            sum = sum.plus(Money.parse(row.get(11).replace(',', '.')));
        }
        assertEquals(report.balance(), sum);
        assertEquals("0,00", rows.get(7).get(11), "a transfer changes no total");
        assertEquals("Effect on the balance (EUR)", parse(expenses(ReportFixtures.year(ReportLanguage.EN)), ',')
            .get(0).get(11));
    }

    @Test
    void englishCsvUsesCommasDecimalPointAndIsoDates() throws IOException {
        byte[] bytes = expenses(ReportFixtures.year(ReportLanguage.EN));
        assertArrayEquals(UTF8_BOM, Arrays.copyOf(bytes, 3));
        List<CSVRecord> rows = parse(bytes, ',');
        assertEquals("Date", rows.get(0).get(0));
        assertEquals("2026-01-01", rows.get(1).get(0));
        assertEquals("-350.00", rows.get(1).get(11));
        assertEquals("12000.00", rows.get(5).get(10));
        assertEquals("Expense", rows.get(1).get(4));
    }

    @Test
    void fieldsWithDelimiterQuoteOrLineBreakAreQuotedAndSurviveARoundTrip() throws IOException {
        ExpenseReport report = single("Müller; Meier & \"Söhne\"", "Zeile 1\r\nZeile 2\nZeile 3", Money.parse("1.00"));
        byte[] bytes = expenses(report);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains(";\"Müller; Meier & \"\"Söhne\"\"\";"), text);
        assertTrue(text.contains("\"Zeile 1\r\nZeile 2\nZeile 3\""), text);
        CSVRecord row = parse(bytes, ';').get(1);
        assertEquals("Müller; Meier & \"Söhne\"", row.get(6));
        assertEquals("Zeile 1\r\nZeile 2\nZeile 3", row.get(7));
    }

    @Test
    void formulaTriggersInTextFieldsAreNeutralisedWithALeadingApostrophe() throws IOException {
        String[] attacks = {"=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(1)", "\tTAB", "\rCR", "＝1+1"};
        for (String attack : attacks) {
            CSVRecord row = parse(expenses(single(attack, attack, Money.parse("5.00"))), ';').get(1);
            assertEquals("'" + attack, row.get(6), "counterparty " + attack);
            assertEquals("'" + attack, row.get(7), "description " + attack);
        }
        CSVRecord harmless = parse(expenses(single("Kaffee = gut", "1+1", Money.parse("5.00"))), ';').get(1);
        assertEquals("Kaffee = gut", harmless.get(6));
        assertEquals("1+1", harmless.get(7));
    }

    @Test
    void negativeAmountsStayNumbersAndAreNotNeutralised() throws IOException {
        CSVRecord row = parse(expenses(single("=HYPERLINK(\"x\")", "-", Money.parse("1234.56"))), ';').get(1);
        assertEquals("-1234,56", row.get(11));
        assertEquals("1234,56", row.get(10));
        assertEquals("'=HYPERLINK(\"x\")", row.get(6));
        assertEquals("'-", row.get(7));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTableWriter csv = new CsvTableWriter(out, CsvDialect.GERMAN)) {
            csv.text("-2+3").amount(Money.parse("-2.00")).endRow();
        }
        assertEquals("\uFEFF'-2+3;-2,00\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void transparencyCsvListsEverySectionWithItsAmount() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TransparencyReportCsvRenderer().render(
            ReportFixtures.publicFund(ReportLanguage.DE, ReportFixtures.CHAIR_SIGNS), out);
        List<CSVRecord> rows = parse(out.toByteArray(), ';');
        assertEquals(List.of("Abschnitt", "Kennziffer", "Bezeichnung", "Datum", "Betrag (EUR)"), rows.get(0).toList());
        assertEquals(List.of("Anfangsbestand", "", "Anfangsbestand", "01.01.2026", "2500,00"), rows.get(1).toList());
        assertEquals(List.of("Einnahme", "IN-110", "Sockelbetrag", "", "12000,00"), rows.get(2).toList());
        assertEquals(List.of("Summe", "", "Summe der Einnahmen", "", "18003,47"), rows.get(5).toList());
        assertEquals(List.of("Summe", "", "Summe der Ausgaben", "", "13366,05"), rows.get(11).toList());
        assertEquals(List.of("Endbestand", "", "Endbestand", "31.12.2026", "7137,42"), rows.get(12).toList());
        assertEquals("Rückzahlung an die Kommune", rows.get(16).get(2));
        assertEquals(List.of("Inventar", "EX-700", "Rollcontainer, Größe M", "01.01.2026", "249,00"), rows.get(18).toList());
        assertEquals(List.of("Zeichnung", "", "Dr. Hannelore Weiß", "10.02.2027", ""), rows.get(20).toList());
        assertEquals("Entwurf", rows.get(21).get(2));
        assertEquals(22, rows.size());
    }

    private static ExpenseReport single(String counterparty, String description, Money amount) {
        LocalDate day = LocalDate.of(2026, 5, 5);
        return new ExpenseReport("Book", day, day, "", ReportLanguage.DE, List.of(new ExpenseGroup("Sonstiges",
            "EX-900", List.of(new ExpenseLine(day, List.of("2026-001"), counterparty, description, "",
                TransactionType.EXPENSE, false, amount, null, amount.negate())))));
    }
}
