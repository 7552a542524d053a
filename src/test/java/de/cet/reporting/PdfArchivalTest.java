package de.cet.reporting;

import static de.cet.reporting.ReportFixtures.CHAIR_SIGNS;
import static de.cet.reporting.ReportFixtures.DEPUTY_SIGNS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.reporting.model.ReportLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report PDFs are archival PDF/A-1b, as checked by PDFBox's preflight validator. */
class PdfArchivalTest {

    @TempDir
    Path dir;

    private void assertPdfA1b(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        ValidationResult result = PreflightParser.validate(file.toFile());
        String errors = result.getErrorsList().stream()
            .map(e -> e.getErrorCode() + " " + e.getDetails()).collect(Collectors.joining("\n"));
        assertTrue(result.isValid(), name + " is not PDF/A-1b:\n" + errors);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains("1"), xmp);
            assertEquals(1, pdf.getDocumentCatalog().getOutputIntents().size(), "one sRGB output intent");
        }
    }

    @Test
    void transparencyReportsArePdfA1b() throws IOException {
        assertPdfA1b("draft.pdf", PdfRenderingTest.transparencyPdf(
            ReportFixtures.publicFund(ReportLanguage.DE, CHAIR_SIGNS)));
        assertPdfA1b("signed.pdf", PdfRenderingTest.transparencyPdf(
            ReportFixtures.publicFund(ReportLanguage.EN, CHAIR_SIGNS, DEPUTY_SIGNS)));
    }

    @Test
    void expenseReportIsPdfA1b() throws IOException {
        assertPdfA1b("expenses.pdf", PdfRenderingTest.expensePdf(ReportFixtures.year(ReportLanguage.DE)));
    }
}
