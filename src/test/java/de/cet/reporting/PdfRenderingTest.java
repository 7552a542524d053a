package de.cet.reporting;

import static de.cet.reporting.ReportFixtures.CHAIR_SIGNS;
import static de.cet.reporting.ReportFixtures.DEPUTY_SIGNS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.reporting.model.ExpenseReport;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.TransparencyReport;
import de.cet.reporting.render.ExpenseReportPdfRenderer;
import de.cet.reporting.render.TransparencyReportPdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Reads the rendered PDFs back with PDFBox, as an auditor's viewer would. */
class PdfRenderingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-12T08:00:00Z"), ZoneOffset.UTC);

    static byte[] transparencyPdf(TransparencyReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TransparencyReportPdfRenderer(CLOCK).render(report, out);
        return out.toByteArray();
    }

    static byte[] expensePdf(ExpenseReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExpenseReportPdfRenderer(CLOCK).render(report, out);
        return out.toByteArray();
    }

    /** The whole text with non-breaking spaces (between amount and €) read as spaces. */
    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
    }

    static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replace('\u00a0', ' ');
    }

    @Test
    void germanTransparencyReportShowsFiguresInGermanFormatWithHeaderAndPageNumbers() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(transparencyPdf(ReportFixtures.publicFund(ReportLanguage.DE, CHAIR_SIGNS)))) {
            String text = text(pdf);
            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                String onPage = pageText(pdf, page);
                assertTrue(onPage.contains(ReportFixtures.BOOK), "book name on page " + page);
                assertTrue(onPage.contains("Haushaltsjahr 2026 (01.01.2026 – 31.12.2026)"), "period on page " + page);
                assertTrue(onPage.contains("Seite " + page + " von " + pages), "page number on page " + page + ":\n" + onPage);
            }
            assertTrue(text.contains("Verwendungsnachweis"));
            assertTrue(text.contains("2.500,00 €"), "opening balance");
            assertTrue(text.contains("Summe der Einnahmen 18.003,47 €"), text);
            assertTrue(text.contains("Summe der Ausgaben 13.366,05 €"), text);
            assertTrue(text.contains("Endbestand 7.137,42 €"), text);
            assertTrue(text.contains("Rückzahlung an die Kommune 4.637,42 €"), text);
            assertTrue(text.contains("Geschäftsbedarf (Büromaterial, Porto, Druck)"), "official names with umlauts");
            assertTrue(text.contains("Rollcontainer, Größe M"), "ö and ß");
            assertTrue(text.contains("Öffentliche Mittel"), "Ö");
            assertTrue(text.contains("Erklärung über die ordnungsgemäße Verwendung"));
            assertTrue(text.contains("Zuwendungen") || text.contains("Sockelbetrag"));
        }
    }

    @Test
    void transparencyReportIsMarkedAsDraftUntilTheSecondSignatorySigns() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(transparencyPdf(ReportFixtures.publicFund(ReportLanguage.DE, CHAIR_SIGNS)))) {
            String text = text(pdf);
            assertTrue(text.contains("ENTWURF"), "draft mark with one sign-off");
            assertTrue(text.contains("Dr. Hannelore Weiß"));
            assertTrue(text.contains("Gezeichnet am 10.02.2027, 10:30 Uhr"), text);
            assertTrue(text.contains("noch nicht gezeichnet"));
        }
        TransparencyReport signed = ReportFixtures.publicFund(ReportLanguage.DE, CHAIR_SIGNS, DEPUTY_SIGNS);
        try (PDDocument pdf = Loader.loadPDF(transparencyPdf(signed))) {
            String text = text(pdf);
            assertFalse(text.contains("ENTWURF"), "no draft mark once two have signed");
            assertFalse(text.contains("noch nicht gezeichnet"));
            assertTrue(text.contains("Dr. Hannelore Weiß"));
            assertTrue(text.contains("Jürgen Özdemir"));
            assertTrue(text.contains("Gezeichnet am 11.02.2027, 15:05 Uhr"), text);
        }
    }

    @Test
    void englishTransparencyReportUsesEnglishLabelsAndAmounts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(transparencyPdf(ReportFixtures.publicFund(ReportLanguage.EN)))) {
            String text = text(pdf);
            assertTrue(text.contains("Statement of Use of Funds"));
            assertTrue(text.contains("Page 1 of " + pdf.getNumberOfPages()), text);
            assertTrue(text.contains("Total income €18,003.47"), text);
            assertTrue(text.contains("Closing balance €7,137.42"), text);
            assertTrue(text.contains("DRAFT"));
            assertTrue(text.contains("Office supplies and postage"));
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (byte[] bytes : List.of(transparencyPdf(ReportFixtures.publicFund(ReportLanguage.DE, CHAIR_SIGNS)),
            expensePdf(ReportFixtures.year(ReportLanguage.EN)))) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : pdf.getPages()) {
                    collectFonts(page.getResources(), fonts);
                }
                assertFalse(fonts.isEmpty());
                for (PDFont font : fonts) {
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().contains("LiberationSans"), font.getName());
                }
            }
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    @Test
    void expenseReportGroupsByCategoryWithSubtotalsReversalsAdvancesAndTotals() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(expensePdf(ReportFixtures.year(ReportLanguage.DE)))) {
            String text = text(pdf);
            assertTrue(text.contains("Ausgabenübersicht (Belegliste)"));
            assertTrue(text.contains("Seite 1 von " + pdf.getNumberOfPages()), text);
            assertTrue(text.contains("01.01.2026 – 31.12.2026"));
            assertTrue(text.contains("Büromaterial (EX-300)"));
            assertTrue(text.contains("Zwischensumme Büromaterial (EX-300) -325,25 €"), text);
            assertTrue(text.contains("Storno Ausgabe"), text);
            assertTrue(text.contains("Auslage von Jana Öztürk"));
            assertTrue(text.contains("Bewirtung beim Besuch des Bürgermeisters"), text);
            assertTrue(text.contains("Café Größenwahn"), "é, ö, ß");
            assertTrue(text.contains("2026-098, 2026-099"), "several receipt numbers");
            assertTrue(text.contains("Summe Einnahmen 12.240,00 €"), text);
            assertTrue(text.contains("Summe Ausgaben 479,45 €"), text);
            assertTrue(text.contains("Saldo 11.760,55 €"), text);
            assertTrue(text.contains("300,00 €"), "the transfer shows the amount moved");
        }
    }

    @Test
    void emptyExpenseReportSaysSoAndShowsZeroTotals() throws IOException {
        LocalDate day = LocalDate.of(2026, 7, 1);
        ExpenseReport empty = new ExpenseReport(ReportFixtures.BOOK, day, day.plusDays(30), "Konto: Barkasse",
            ReportLanguage.DE, List.of());
        try (PDDocument pdf = Loader.loadPDF(expensePdf(empty))) {
            String text = text(pdf);
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(text.contains("Keine Buchungen im Zeitraum."), text);
            assertTrue(text.contains("Filter: Konto: Barkasse"), text);
            assertTrue(text.contains("Saldo 0,00 €"), text);
        }
    }

    @Test
    void ownFundReportCarriesItsOwnStatementAndAVeryLongBookNameStaysInTheHeader() throws IOException {
        TransparencyReport own = ReportFixtures.ownFund(ReportLanguage.DE);
        String longName = "Fraktion " + "Bürgerinnen und Bürger für eine lebenswerte Stadt ".repeat(4) + "Ende";
        TransparencyReport renamed = new TransparencyReport(longName, own.period(), own.fund(), own.language(),
            own.openingBalance(), own.income(), own.expenses(), own.balanceLines(), own.inventory(), own.signOffs());
        try (PDDocument pdf = Loader.loadPDF(transparencyPdf(renamed))) {
            String text = text(pdf);
            assertTrue(text.contains("Eigenmittel der Fraktion"), text);
            assertTrue(text.contains("strikt getrennt"), text);
            assertFalse(text.contains("zurückgezahlt"), "no repayment promise for own funds");
            assertTrue(text.contains("…"), "header shortened: " + text);
            assertTrue(text.contains("Endbestand 325,00 €"), text);
        }
    }

    @Test
    void tenThousandLineExpenseReportRendersOnManyPagesWithRepeatedHeaders() throws IOException {
        ExpenseReport large = ReportFixtures.large(10_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        byte[] bytes = expensePdf(large);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        // Printed, not asserted: the machines are shared and noisy; CPU time shows the cost without the noise.
        System.out.printf("Expense report PDF, 10000 lines: %d ms wall, %d ms CPU, %d KiB%n", millis, cpuMillis,
            bytes.length / 1024);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            String last = pageText(pdf, pages);
            assertTrue(last.contains("Seite " + pages + " von " + pages), last);
            assertTrue(last.contains("Summe Ausgaben 505.000,00 €"), last);
            assertTrue(last.contains("Saldo -505.000,00 €"), last);
            String middle = pageText(pdf, pages / 2);
            assertTrue(middle.contains("Beleg-Nr."), "header row repeated on page " + pages / 2);
            assertTrue(middle.contains(ReportFixtures.BOOK));
        }
    }
}
