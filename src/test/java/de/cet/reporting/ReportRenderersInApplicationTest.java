package de.cet.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.render.AuditPackageWriter;
import de.cet.reporting.render.ExpenseReportCsvRenderer;
import de.cet.reporting.render.TransparencyReportPdfRenderer;
import de.cet.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The renderers as the application wires them: CDI beans with the application's clock, fonts and
 * labels found on the application's class path.
 */
@QuarkusTest
class ReportRenderersInApplicationTest {

    @Inject
    TransparencyReportPdfRenderer transparencyPdf;

    @Inject
    ExpenseReportCsvRenderer expenseCsv;

    @Inject
    AuditPackageWriter auditPackage;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void renderersAreBeansThatUseTheApplicationClock() throws IOException {
        clock.set(Instant.parse("2027-03-01T11:00:00Z"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        transparencyPdf.render(ReportFixtures.publicFund(ReportLanguage.DE, ReportFixtures.CHAIR_SIGNS), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = PdfRenderingTest.text(document);
            assertTrue(text.contains("Erstellt am 01.03.2027, 12:00 Uhr"), text);
            assertTrue(text.contains("Endbestand 7.137,42 €"), text);
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        expenseCsv.render(ReportFixtures.year(ReportLanguage.DE), csv);
        assertTrue(csv.size() > 100);
        assertTrue(auditPackage != null);
    }
}
