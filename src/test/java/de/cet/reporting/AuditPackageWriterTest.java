package de.cet.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.reporting.model.ExpenseReport;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.ReportPeriod;
import de.cet.reporting.model.TransactionType;
import de.cet.reporting.model.TransparencyReport;
import de.cet.reporting.render.AuditPackageWriter;
import de.cet.reporting.render.ExpenseReportPdfRenderer;
import de.cet.reporting.render.TransparencyReportPdfRenderer;
import de.cet.shared.money.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class AuditPackageWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-12T08:00:00Z"), ZoneOffset.UTC);
    private static final int LARGE_RECEIPT = 3 * 1024 * 1024 + 17;

    private final AuditPackageWriter writer = new AuditPackageWriter(new TransparencyReportPdfRenderer(CLOCK),
        new ExpenseReportPdfRenderer(CLOCK), CLOCK);

    /** Produces {@code size} bytes on demand and records how it is read. */
    static final class GeneratedReceipt extends InputStream {
        final int size;
        int position;
        int largestRead;
        boolean closed;

        GeneratedReceipt(int size) {
            this.size = size;
        }

        static byte at(int index) {
            return (byte) (index * 31 + 7);
        }

        @Override
        public int read() {
            return position < size ? at(position++) & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            largestRead = Math.max(largestRead, length);
            if (position >= size) {
                return -1;
            }
            int count = Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = at(position++);
            }
            return count;
        }

        @Override
        public byte[] readAllBytes() {
            throw new AssertionError("a receipt must be streamed, not read into memory");
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    final class Source implements AuditPackageSource {
        final ReportLanguage language;
        final GeneratedReceipt large = new GeneratedReceipt(LARGE_RECEIPT);
        final AtomicInteger largeOpened = new AtomicInteger();
        final List<String> closedStreams = new ArrayList<>();

        Source(ReportLanguage language) {
            this.language = language;
        }

        @Override
        public String bookName() {
            return ReportFixtures.BOOK;
        }

        @Override
        public ReportPeriod period() {
            return ReportFixtures.YEAR_2026;
        }

        @Override
        public ReportLanguage language() {
            return language;
        }

        @Override
        public List<TransparencyReport> transparencyReports() {
            return List.of(ReportFixtures.publicFund(language, ReportFixtures.CHAIR_SIGNS, ReportFixtures.DEPUTY_SIGNS),
                ReportFixtures.ownFund(language));
        }

        @Override
        public ExpenseReport expenseReport() {
            return ReportFixtures.year(language);
        }

        @Override
        public Stream<Transaction> transactions() {
            UUID expense = UUID.fromString("10000000-0000-0000-0000-000000000001");
            return Stream.of(
                new Transaction(expense, LocalDate.of(2026, 1, 1), TransactionType.EXPENSE, "BOOKED",
                    Money.parse("350.00"), "Girokonto", Fund.PUBLIC, "Büromaterial", "EX-300", "Schreibwaren Müller",
                    "=cmd|' /C calc'!A0", "RE-4711", List.of("2026-001"), null, null, "Kassiererin",
                    Instant.parse("2026-01-01T09:00:00Z")),
                new Transaction(UUID.fromString("10000000-0000-0000-0000-000000000002"), LocalDate.of(2026, 3, 15),
                    TransactionType.EXPENSE, "BOOKED", Money.parse("37.15"), "Girokonto", Fund.PUBLIC, "Büromaterial",
                    "EX-300", "Schreibwaren Müller", "Storno", "GS-0815", List.of("2026-014"), null, expense,
                    "Kassiererin", Instant.parse("2026-03-15T10:00:00Z")))
                .onClose(() -> closedStreams.add("transactions"));
        }

        @Override
        public Stream<Receipt> receipts() {
            return Stream.of(
                new Receipt("2026-001", "Rechnung Müller.pdf", "application/pdf", 11, "x",
                    () -> new ByteArrayInputStream("%PDF-beleg1".getBytes(StandardCharsets.UTF_8))),
                new Receipt("2026-002", "../../etc/passwd", "image/png", 4, "x",
                    () -> new ByteArrayInputStream(new byte[] {1, 2, 3, 4})),
                new Receipt("2026-002", "../../etc/passwd", "image/png", 4, "x",
                    () -> new ByteArrayInputStream(new byte[] {5, 6, 7, 8})),
                new Receipt("../2026-003", "C:\\temp\\..\\scan.jpg", "image/jpeg", LARGE_RECEIPT, "x", () -> {
                    largeOpened.incrementAndGet();
                    return large;
                })).onClose(() -> closedStreams.add("receipts"));
        }

        @Override
        public Stream<StatusChange> statusHistory() {
            UUID id = UUID.fromString("10000000-0000-0000-0000-000000000001");
            return Stream.of(
                new StatusChange(id, Instant.parse("2026-01-01T09:00:00Z"), "Kassiererin", null, "SUBMITTED", null),
                new StatusChange(id, Instant.parse("2026-01-02T09:00:00Z"), "Vorsitzende", "SUBMITTED", "BOOKED",
                    "@geprüft")).onClose(() -> closedStreams.add("history"));
        }

        @Override
        public Stream<AuditLogEntry> auditLog() {
            return Stream.of(new AuditLogEntry(1, Instant.parse("2026-01-01T09:00:00Z"), "Kassiererin",
                "transaction.created", "10000000-0000-0000-0000-000000000001", "{\"amount\":\"350.00\"}",
                "0".repeat(64), "a".repeat(64))).onClose(() -> closedStreams.add("audit-log"));
        }

        @Override
        public AuditLogVerification auditLogVerification() {
            return new AuditLogVerification(true, 42, null, Instant.parse("2027-02-12T08:00:00Z"));
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void germanPackageHoldsReportsDataReceiptsAndChecksums() throws Exception {
        Source source = new Source(ReportLanguage.DE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(source, out);
        Map<String, byte[]> entries = unzip(out.toByteArray());

        assertEquals(List.of("README.txt", "transparenzbericht.pdf", "transparenzbericht-eigenmittel.pdf",
            "ausgaben.pdf", "buchungen.csv", "belege/2026-001-Rechnung_Mueller.pdf", "belege/2026-002-passwd",
            "belege/2026-002-passwd-2", "belege/2026-003-scan.jpg", "historie.csv", "audit-log.csv",
            "audit-log-verification.json", "SHA256SUMS"), List.copyOf(entries.keySet()));
        for (String name : entries.keySet()) {
            assertFalse(name.contains("..") || name.startsWith("/") || name.contains("\\"), name);
        }

        assertEquals("%PDF-beleg1", new String(entries.get("belege/2026-001-Rechnung_Mueller.pdf"), StandardCharsets.UTF_8));
        assertArrayEquals(new byte[] {5, 6, 7, 8}, entries.get("belege/2026-002-passwd-2"));
        byte[] large = entries.get("belege/2026-003-scan.jpg");
        assertEquals(LARGE_RECEIPT, large.length);
        for (int i = 0; i < large.length; i += 4099) {
            assertEquals(GeneratedReceipt.at(i), large[i]);
        }
        assertEquals(1, source.largeOpened.get());
        assertTrue(source.large.closed, "receipt stream closed");
        assertTrue(source.large.largestRead <= 64 * 1024, "copied in chunks, largest read " + source.large.largestRead);
        assertEquals(List.of("transactions", "receipts", "history", "audit-log"), source.closedStreams);

        try (PDDocument pdf = Loader.loadPDF(entries.get("transparenzbericht.pdf"))) {
            assertTrue(pdf.getNumberOfPages() >= 1);
        }
        String transactions = new String(entries.get("buchungen.csv"), StandardCharsets.UTF_8);
        assertTrue(transactions.startsWith("\uFEFFID;Datum;Art;Status;"), transactions);
        assertTrue(transactions.contains(";'=cmd|' /C calc'!A0;"), transactions);
        assertTrue(transactions.contains(";350,00;"), transactions);
        assertTrue(transactions.contains(";10000000-0000-0000-0000-000000000001;Girokonto;"), "reversal link");
        String history = new String(entries.get("historie.csv"), StandardCharsets.UTF_8);
        assertTrue(history.contains(";2026-01-02T09:00:00Z;SUBMITTED;BOOKED;Vorsitzende;'@geprüft\r\n"), history);
        String auditLog = new String(entries.get("audit-log.csv"), StandardCharsets.UTF_8);
        assertTrue(auditLog.contains("1;2026-01-01T09:00:00Z;Kassiererin;transaction.created;"), auditLog);
        assertTrue(auditLog.contains(";\"{\"\"amount\"\":\"\"350.00\"\"}\";"), auditLog);

        JsonNode verification = new ObjectMapper().readTree(entries.get("audit-log-verification.json"));
        assertTrue(verification.get("valid").booleanValue());
        assertEquals(42, verification.get("entries").intValue());
        assertTrue(verification.get("firstBrokenAt").isNull());

        String readme = new String(entries.get("README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(ReportFixtures.BOOK));
        assertTrue(readme.contains("intakt (42 Einträge geprüft)"));
        assertTrue(readme.contains("buchungen.csv") && readme.contains("belege/"));

        String sums = new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (!entry.getKey().equals("SHA256SUMS")) {
                String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entry.getValue()));
                assertTrue(sums.contains(expected + "  " + entry.getKey() + "\n"), entry.getKey());
            }
        }
    }

    @Test
    void englishPackageUsesEnglishNames() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(new Source(ReportLanguage.EN), out);
        Map<String, byte[]> entries = unzip(out.toByteArray());
        assertTrue(entries.containsKey("transparency-report.pdf"));
        assertTrue(entries.containsKey("expenses.pdf"));
        assertTrue(entries.containsKey("transactions.csv"));
        assertTrue(entries.containsKey("receipts/2026-002-passwd"));
        String transactions = new String(entries.get("transactions.csv"), StandardCharsets.UTF_8);
        assertTrue(transactions.startsWith("\uFEFFID,Date,Type,Status,"), transactions);
        assertTrue(new String(entries.get("README.txt"), StandardCharsets.UTF_8).contains("intact (42 entries checked)"));
    }
}
