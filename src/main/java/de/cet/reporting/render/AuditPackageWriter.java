package de.cet.reporting.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.cet.reporting.AuditPackageSource;
import de.cet.reporting.AuditPackageSource.AuditLogEntry;
import de.cet.reporting.AuditPackageSource.AuditLogVerification;
import de.cet.reporting.AuditPackageSource.Receipt;
import de.cet.reporting.AuditPackageSource.StatusChange;
import de.cet.reporting.AuditPackageSource.Transaction;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.TransparencyReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams the audit package of a period as a ZIP: README, the report PDFs, the transactions, every
 * receipt, the status history, the audit log with its verification, and SHA-256 checksums of all
 * files. Nothing is held in memory beyond one CSV row or one copy buffer: receipts are copied from
 * their stream straight into the ZIP.
 *
 * <p>Entry names come from us, except the receipts' original file names, which are untrusted: they
 * are reduced to their last path segment and to letters, digits, {@code . _ -}, so no entry can point
 * outside the package's folders (no {@code ../}, no absolute paths, no control characters).
 */
@ApplicationScoped
public class AuditPackageWriter {

    private static final int MAX_NAME_LENGTH = 100;

    private final TransparencyReportPdfRenderer transparencyPdf;
    private final ExpenseReportPdfRenderer expensePdf;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT);

    @Inject
    public AuditPackageWriter(TransparencyReportPdfRenderer transparencyPdf, ExpenseReportPdfRenderer expensePdf,
                              Clock clock) {
        this.transparencyPdf = transparencyPdf;
        this.expensePdf = expensePdf;
        this.clock = clock;
    }

    /** File names of the package in one language (German names for a German package). */
    record Names(String transparency, String transparencyOwn, String expenses, String transactions,
                 String receiptsFolder, String history, String auditLog, String verification, String checksums) {

        static Names of(ReportLanguage language) {
            return language == ReportLanguage.EN
                ? new Names("transparency-report.pdf", "transparency-report-own-funds.pdf", "expenses.pdf",
                    "transactions.csv", "receipts/", "history.csv", "audit-log.csv", "audit-log-verification.json",
                    "SHA256SUMS")
                : new Names("transparenzbericht.pdf", "transparenzbericht-eigenmittel.pdf", "ausgaben.pdf",
                    "buchungen.csv", "belege/", "historie.csv", "audit-log.csv", "audit-log-verification.json",
                    "SHA256SUMS");
        }
    }

    public void write(AuditPackageSource source, OutputStream out) {
        ReportLanguage language = source.language();
        Names names = Names.of(language);
        Instant now = clock.instant();
        Map<String, String> checksums = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Package pkg = new Package(zip, checksums, now);
            pkg.entry("README.txt", stream -> stream.write(readme(source, names, now).getBytes(StandardCharsets.UTF_8)));
            for (TransparencyReport report : source.transparencyReports()) {
                String name = report.fund() == Fund.PUBLIC ? names.transparency() : names.transparencyOwn();
                pkg.entry(name, stream -> transparencyPdf.render(report, stream));
            }
            pkg.entry(names.expenses(), stream -> expensePdf.render(source.expenseReport(), stream));
            pkg.entry(names.transactions(), stream -> transactionsCsv(source, stream));
            Set<String> receiptNames = new HashSet<>();
            try (Stream<Receipt> receipts = source.receipts()) {
                receipts.forEachOrdered(receipt -> {
                    String name = unique(names.receiptsFolder() + receiptFileName(receipt, language), receiptNames);
                    pkg.entry(name, stream -> {
                        try (InputStream content = receipt.content().open()) {
                            content.transferTo(stream);
                        }
                    });
                });
            }
            pkg.entry(names.history(), stream -> historyCsv(source, stream));
            pkg.entry(names.auditLog(), stream -> auditLogCsv(source, stream));
            pkg.entry(names.verification(), stream -> json.writeValue(new NonClosingOutputStream(stream),
                verification(source.auditLogVerification())));
            StringBuilder sums = new StringBuilder();
            checksums.forEach((name, sum) -> sums.append(sum).append("  ").append(name).append('\n'));
            pkg.entryWithoutChecksum(names.checksums(), sums.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the JSON answer of the verification endpoint says, plus when it was checked. */
    private static Map<String, Object> verification(AuditLogVerification verification) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", verification.valid());
        body.put("entries", verification.entries());
        body.put("firstBrokenAt", verification.firstBrokenAt());
        body.put("verifiedAt", verification.verifiedAt());
        return body;
    }

    @FunctionalInterface
    private interface EntryWriter {
        void write(OutputStream stream) throws IOException;
    }

    /** Writes entries and records each one's SHA-256 as it streams past. */
    private record Package(ZipOutputStream zip, Map<String, String> checksums, Instant time) {

        void entry(String name, EntryWriter writer) {
            try {
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(time.toEpochMilli());
                zip.putNextEntry(entry);
                DigestOutputStream digest = new DigestOutputStream(new NonClosingOutputStream(zip), sha256());
                writer.write(digest);
                digest.flush();
                zip.closeEntry();
                checksums.put(name, HexFormat.of().formatHex(digest.getMessageDigest().digest()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void entryWithoutChecksum(String name, byte[] content) throws IOException {
            ZipEntry entry = new ZipEntry(name);
            entry.setTime(time.toEpochMilli());
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static String receiptFileName(Receipt receipt, ReportLanguage language) {
        String fallback = language == ReportLanguage.EN ? "receipt" : "beleg";
        return sanitise(receipt.number(), "0") + "-" + sanitise(receipt.originalFileName(), fallback);
    }

    /**
     * Reduces an untrusted file name to a safe single path segment of ASCII characters: the part after the
     * last slash or backslash; German umlauts and ß spelled out (ü → ue), other accents dropped (é → e);
     * every character other than an ASCII letter, digit, {@code .}, {@code _} or {@code -} replaced by
     * {@code _}; no leading dots (no {@code ..}, no hidden files); at most {@value #MAX_NAME_LENGTH}
     * characters with the extension kept.
     *
     * <p>ASCII because ZIP tools that ignore the archive's UTF-8 flag (Info-ZIP unzip 6 as Debian ships
     * it, older Windows Explorers) would write a different name than SHA256SUMS lists.
     */
    static String sanitise(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String segment = name.replace('\\', '/');
        segment = segment.substring(segment.lastIndexOf('/') + 1);
        segment = Normalizer.normalize(segment, Normalizer.Form.NFC)
            .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
            .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        segment = Normalizer.normalize(segment, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder safe = new StringBuilder(segment.length());
        segment.codePoints().forEach(c -> {
            if ((c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '_' || c == '-') {
                safe.appendCodePoint(c);
            } else {
                safe.append('_');
            }
        });
        String result = safe.toString().replaceAll("_{2,}", "_").replaceAll("^[._]+", "");
        if (result.replace("_", "").isEmpty()) {
            return fallback;
        }
        if (result.length() > MAX_NAME_LENGTH) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            result = result.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return result;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        boolean hasExtension = dot > name.lastIndexOf('/');
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = hasExtension ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i;
        }
        return candidate;
    }

    private static String l(ReportLanguage language, String german, String english) {
        return language == ReportLanguage.EN ? english : german;
    }

    private void transactionsCsv(AuditPackageSource source, OutputStream out) {
        ReportLanguage lang = source.language();
        ReportMessages m = ReportMessages.of(lang);
        try (CsvTableWriter csv = new CsvTableWriter(out, CsvDialect.of(lang));
             Stream<Transaction> transactions = source.transactions()) {
            csv.header("ID", m.get("label.date"), m.get("expenses.type"), "Status",
                l(lang, "Storno von", "Reversal of"), l(lang, "Konto", "Account"), m.get("label.fund"),
                m.get("csv.group"), m.get("csv.officialCode"), m.get("expenses.counterparty"),
                m.get("label.description"), m.get("expenses.reference"), m.get("expenses.receipts"),
                m.get("csv.advancedBy"), m.get("label.amount") + " (EUR)", l(lang, "Erfasst von", "Recorded by"),
                l(lang, "Erfasst am (UTC)", "Recorded at (UTC)"));
            Consumer<Transaction> row = t -> csv.text(t.id().toString()).date(t.date())
                .text(m.get("type." + t.type().name())).text(t.status())
                .text(t.reversalOf() == null ? "" : t.reversalOf().toString()).text(t.accountName())
                .text(t.fund() == null ? "" : t.fund().name()).text(t.categoryName()).text(t.officialCode())
                .text(t.counterparty()).text(t.description()).text(t.reference())
                .text(String.join(", ", t.receiptNumbers())).text(t.advancedBy()).amount(t.amount())
                .text(t.recordedBy()).instant(t.recordedAt()).endRow();
            transactions.forEachOrdered(row);
        }
    }

    private void historyCsv(AuditPackageSource source, OutputStream out) {
        ReportLanguage lang = source.language();
        try (CsvTableWriter csv = new CsvTableWriter(out, CsvDialect.of(lang));
             Stream<StatusChange> changes = source.statusHistory()) {
            csv.header(l(lang, "Buchung (ID)", "Transaction (ID)"), l(lang, "Zeitpunkt (UTC)", "Time (UTC)"),
                l(lang, "Von Status", "From status"), l(lang, "Nach Status", "To status"),
                l(lang, "Durch", "By"), l(lang, "Bemerkung", "Note"));
            changes.forEachOrdered(c -> csv.text(c.transactionId().toString()).instant(c.at()).text(c.fromStatus())
                .text(c.toStatus()).text(c.actor()).text(c.note()).endRow());
        }
    }

    private void auditLogCsv(AuditPackageSource source, OutputStream out) {
        ReportLanguage lang = source.language();
        try (CsvTableWriter csv = new CsvTableWriter(out, CsvDialect.of(lang));
             Stream<AuditLogEntry> entries = source.auditLog()) {
            csv.header(l(lang, "Nr.", "No."), l(lang, "Zeitpunkt (UTC)", "Time (UTC)"), l(lang, "Person", "Actor"),
                l(lang, "Aktion", "Action"), l(lang, "Gegenstand", "Subject"), "Details",
                l(lang, "Vorheriger Hash", "Previous hash"), "Hash");
            entries.forEachOrdered(e -> csv.integer(e.sequence()).instant(e.at()).text(e.actor()).text(e.action())
                .text(e.subject()).text(e.details()).text(e.previousHash()).text(e.hash()).endRow());
        }
    }

    private static String readme(AuditPackageSource source, Names names, Instant now) {
        ReportLanguage lang = source.language();
        ReportFormats f = new ReportFormats(lang);
        AuditLogVerification verification = source.auditLogVerification();
        String period = f.period(source.period());
        String chain = verification.valid()
            ? l(lang, "intakt (" + verification.entries() + " Einträge geprüft)",
                "intact (" + verification.entries() + " entries checked)")
            : l(lang, "GEBROCHEN ab Eintrag " + verification.firstBrokenAt(),
                "BROKEN from entry " + verification.firstBrokenAt());
        String text = lang == ReportLanguage.EN ? """
            CET audit package
            =================
            Caucus:     %s
            Period:     %s
            Generated:  %s
            Audit log:  %s

            Contents
            --------
            README.txt                   this file
            %-28s the statement of use of funds (public funds), PDF/A-1b
            %-28s the same for the caucus's own funds, if it had any in the period
            %-28s all booked entries of the period by category, with subtotals and receipt numbers
            %-28s every transaction of the period in any status, one row each
            %-28s every receipt, named <receipt number>-<original file name>
            %-28s every status change of those transactions (who, when, from, to, note)
            %-28s the book's audit log for the period, hash-chained (previous hash, hash)
            %-28s the result of verifying the whole audit-log hash chain when this package was made
            %-28s SHA-256 checksums of all files above; check with: sha256sum -c SHA256SUMS

            The CSV files are UTF-8 with a byte order mark, comma-separated, decimal point, ISO dates;
            times are UTC. Text that begins with = + - @ is prefixed with ' so that spreadsheets do not
            execute it. Amounts are in EUR.
            """ : """
            CET-Prüfungspaket
            =================
            Fraktion:   %s
            Zeitraum:   %s
            Erstellt:   %s
            Audit-Log:  %s

            Inhalt
            ------
            README.txt                   diese Datei
            %-28s Verwendungsnachweis (öffentliche Mittel), PDF/A-1b
            %-28s dasselbe für die Eigenmittel, falls im Zeitraum vorhanden
            %-28s alle Buchungen des Zeitraums nach Kategorien, mit Zwischensummen und Belegnummern
            %-28s jede Buchung des Zeitraums in jedem Status, eine Zeile je Buchung
            %-28s jeder Beleg, benannt <Belegnummer>-<ursprünglicher Dateiname>
            %-28s jede Statusänderung dieser Buchungen (wer, wann, von, nach, Bemerkung)
            %-28s das Audit-Log des Buchs für den Zeitraum, hash-verkettet (vorheriger Hash, Hash)
            %-28s Ergebnis der Prüfung der gesamten Hash-Kette bei Erstellung dieses Pakets
            %-28s SHA-256-Prüfsummen aller obigen Dateien; prüfen mit: sha256sum -c SHA256SUMS

            Die CSV-Dateien sind UTF-8 mit Byte Order Mark, Semikolon-getrennt, mit Dezimalkomma und
            Datumsangaben TT.MM.JJJJ; Zeitpunkte in UTC. Text, der mit = + - @ beginnt, ist mit '
            versehen, damit Tabellenkalkulationen ihn nicht ausführen. Beträge in EUR.
            """;
        String formatted = String.format(text, source.bookName(), period, f.dateTime(now), chain,
            names.transparency(), names.transparencyOwn(), names.expenses(), names.transactions(),
            names.receiptsFolder(), names.history(), names.auditLog(), names.verification(), names.checksums());
        return formatted.replace("\n", "\r\n");
    }
}
