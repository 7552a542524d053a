package de.cet.reporting.application;

import de.cet.books.application.MemberDirectory;
import de.cet.ledger.application.LedgerAccess;
import de.cet.ledger.application.LedgerQueries;
import de.cet.ledger.application.LedgerReadService;
import de.cet.ledger.domain.audit.AuditVerification;
import de.cet.reporting.AuditPackageSource;
import de.cet.reporting.model.ExpenseReport;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.ReportPeriod;
import de.cet.reporting.model.TransparencyReport;
import de.cet.reporting.render.AuditPackageWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The audit package of a period, for admins, treasurers and auditors (members 403, non-members 404).
 *
 * <p>{@link #prepare} checks the caller and the period in the request, so refusals are proper problem
 * documents; {@link PreparedPackage#writeTo} then writes the ZIP while it streams to the client, in one
 * read-only REPEATABLE READ transaction: every file of the package shows the same state of the book, and
 * the entries, their history and the audit-log extract come from database cursors row by row, receipt
 * contents one at a time, so memory does not grow with the period's size (the two reports, which are
 * rendered as whole PDFs, are the exception).
 */
@ApplicationScoped
public class AuditPackages {

    /** Long enough for a period of 100 000 entries with its receipts over a slow link. */
    private static final int WRITE_TIMEOUT_SECONDS = 3600;

    private final LedgerAccess access;
    private final LedgerReadService ledgerRead;
    private final TransparencyReports transparency;
    private final ExpenseReports expenses;
    private final ReportingQueries queries;
    private final MemberDirectory directory;
    private final AuditPackageWriter writer;
    private final Clock clock;

    AuditPackages(LedgerAccess access, LedgerReadService ledgerRead, TransparencyReports transparency,
                  ExpenseReports expenses, ReportingQueries queries, MemberDirectory directory,
                  AuditPackageWriter writer, Clock clock) {
        this.access = access;
        this.ledgerRead = ledgerRead;
        this.transparency = transparency;
        this.expenses = expenses;
        this.queries = queries;
        this.directory = directory;
        this.writer = writer;
        this.clock = clock;
    }

    /** A package the caller may have, ready to be written. */
    public final class PreparedPackage {
        private final UUID bookId;
        private final UUID userId;
        private final ReportingQueries.PeriodRow period;
        private final ReportLanguage language;

        private PreparedPackage(UUID bookId, UUID userId, ReportingQueries.PeriodRow period, ReportLanguage language) {
            this.bookId = bookId;
            this.userId = userId;
            this.period = period;
            this.language = language;
        }

        public String periodName() {
            return period.name();
        }

        public ReportLanguage language() {
            return language;
        }

        /** Writes the ZIP to {@code out} from one consistent snapshot of the book. */
        public void writeTo(OutputStream out) {
            QuarkusTransaction.requiringNew().timeout(WRITE_TIMEOUT_SECONDS).run(() -> {
                queries.readOnlySnapshot();
                writer.write(source(bookId, userId, period, language), out);
            });
        }
    }

    /** 404 for non-members and unknown periods, 403 for members who may not read the audit log. */
    @Transactional
    public PreparedPackage prepare(UUID bookId, UUID userId, UUID periodId, ReportLanguage language) {
        access.auditReader(bookId, userId);
        return new PreparedPackage(bookId, userId, transparency.period(bookId, periodId), language);
    }

    private AuditPackageSource source(UUID bookId, UUID userId, ReportingQueries.PeriodRow period,
                                      ReportLanguage language) {
        AuditVerification verification = ledgerRead.verify(bookId, userId);
        List<TransparencyReport> reports = new ArrayList<>();
        reports.add(transparency.build(bookId, period, Fund.PUBLIC, language));
        if (!queries.accounts(bookId, Fund.OWN).isEmpty()) {
            reports.add(transparency.build(bookId, period, Fund.OWN, language));
        }
        ExpenseReport expenseReport = expenses.report(bookId, userId, new LedgerQueries.Criteria(period.start(),
            period.end(), null, null, null, null, null, null, null, null), language);
        List<AuditPackageSource.Receipt> receipts = queries.packageReceipts(bookId, period.start(), period.end()).stream()
            .map(r -> new AuditPackageSource.Receipt(r.number(), r.fileName(), r.contentType(), r.size(), r.sha256(),
                () -> new ByteArrayInputStream(queries.receiptContent(bookId, r.id())))).toList();
        AuditPackageSource.AuditLogVerification verified = new AuditPackageSource.AuditLogVerification(
            verification.valid(), verification.entries(), verification.firstBrokenAt(), clock.instant());
        ReportPeriod reportPeriod = new ReportPeriod(period.name(), period.start(), period.end());
        String bookName = reports.get(0).bookName();
        Names names = new Names();

        return new AuditPackageSource() {
            public String bookName() { return bookName; }
            public ReportPeriod period() { return reportPeriod; }
            public ReportLanguage language() { return language; }
            public List<TransparencyReport> transparencyReports() { return reports; }
            public ExpenseReport expenseReport() { return expenseReport; }
            public Stream<Receipt> receipts() { return receipts.stream(); }
            public AuditLogVerification auditLogVerification() { return verified; }

            public Stream<Transaction> transactions() {
                return queries.packageTransactions(bookId, period.start(), period.end()).map(t ->
                    new Transaction(t.id(), t.date(), t.type(), t.status(), t.amount(), t.accountName(), t.fund(),
                        t.categoryName(), t.officialCode(), t.counterparty(), t.description(), t.reference(),
                        t.receiptNumbers(), names.of(t.advancedBy()), t.reversalOf(), names.of(t.recordedBy()),
                        t.recordedAt()));
            }

            public Stream<StatusChange> statusHistory() {
                return queries.statusHistory(bookId, period.start(), period.end()).map(h ->
                    new StatusChange(h.transactionId(), h.at(), names.of(h.actor()), h.fromStatus(), h.toStatus(),
                        h.note()));
            }

            public Stream<AuditLogEntry> auditLog() {
                return queries.auditLog(bookId, period.start(), period.end()).map(e ->
                    new AuditLogEntry(e.sequence(), e.at(), names.of(e.actor()), e.action(), e.subject(), e.details(),
                        e.previousHash(), e.hash()));
            }
        };
    }

    /** Display names of the few users a book has, looked up once each while the rows stream past. */
    private final class Names {
        private final Map<String, String> known = new HashMap<>();

        String of(String userId) {
            if (userId == null) {
                return null;
            }
            return known.computeIfAbsent(userId, id -> {
                MemberDirectory.Profile p = directory.profiles(Set.of(UUID.fromString(id))).get(UUID.fromString(id));
                return p == null || p.displayName() == null ? id : p.displayName();
            });
        }
    }
}
