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
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The audit package of a period, for admins, treasurers and auditors (members 403, non-members 404).
 *
 * <p>The rows (entries, history, audit log) are read in the request's transaction and handed to the
 * writer as lists; receipt contents are read one at a time while the ZIP streams, each in its own
 * short transaction, so that at most one receipt is in memory.
 */
@ApplicationScoped
public class AuditPackages {

    private final LedgerReadService ledgerRead;
    private final TransparencyReports transparency;
    private final ExpenseReports expenses;
    private final ReportingQueries queries;
    private final MemberDirectory directory;
    private final Clock clock;

    AuditPackages(LedgerReadService ledgerRead, TransparencyReports transparency, ExpenseReports expenses,
                  ReportingQueries queries, MemberDirectory directory, Clock clock) {
        this.ledgerRead = ledgerRead;
        this.transparency = transparency;
        this.expenses = expenses;
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public AuditPackageSource source(UUID bookId, UUID userId, UUID periodId, ReportLanguage language) {
        // the ledger's own verification also checks that the caller may read the audit log
        AuditVerification verification = ledgerRead.verify(bookId, userId);
        ReportingQueries.PeriodRow period = transparency.period(bookId, periodId);
        List<TransparencyReport> reports = new ArrayList<>();
        reports.add(transparency.build(bookId, period, Fund.PUBLIC, language));
        if (!queries.accounts(bookId, Fund.OWN).isEmpty()) {
            reports.add(transparency.build(bookId, period, Fund.OWN, language));
        }
        ExpenseReport expenseReport = expenses.report(bookId, userId, new LedgerQueries.Criteria(period.start(),
            period.end(), null, null, null, null, null, null, null, null), language);

        List<AuditPackageSource.Transaction> transactions = queries.packageTransactions(bookId, period.start(), period.end());
        List<AuditPackageSource.StatusChange> history = queries.statusHistory(bookId, period.start(), period.end());
        List<AuditPackageSource.AuditLogEntry> auditLog = queries.auditLog(bookId, period.start(), period.end());
        Set<UUID> users = new HashSet<>();
        transactions.forEach(t -> {
            users.add(UUID.fromString(t.recordedBy()));
            if (t.advancedBy() != null) {
                users.add(UUID.fromString(t.advancedBy()));
            }
        });
        history.forEach(h -> users.add(UUID.fromString(h.actor())));
        auditLog.stream().map(AuditPackageSource.AuditLogEntry::actor).filter(Objects::nonNull)
            .forEach(a -> users.add(UUID.fromString(a)));
        Map<UUID, MemberDirectory.Profile> profiles = directory.profiles(users);
        List<AuditPackageSource.Transaction> namedTransactions = transactions.stream().map(t ->
            new AuditPackageSource.Transaction(t.id(), t.date(), t.type(), t.status(), t.amount(), t.accountName(), t.fund(),
                t.categoryName(), t.officialCode(), t.counterparty(), t.description(), t.reference(), t.receiptNumbers(),
                name(profiles, t.advancedBy()), t.reversalOf(), name(profiles, t.recordedBy()), t.recordedAt())).toList();
        List<AuditPackageSource.StatusChange> namedHistory = history.stream().map(h ->
            new AuditPackageSource.StatusChange(h.transactionId(), h.at(), name(profiles, h.actor()), h.fromStatus(),
                h.toStatus(), h.note())).toList();
        List<AuditPackageSource.AuditLogEntry> namedLog = auditLog.stream().map(e ->
            new AuditPackageSource.AuditLogEntry(e.sequence(), e.at(), name(profiles, e.actor()), e.action(), e.subject(),
                e.details(), e.previousHash(), e.hash())).toList();
        List<AuditPackageSource.Receipt> receipts = queries.packageReceipts(bookId, period.start(), period.end()).stream()
            .map(r -> new AuditPackageSource.Receipt(r.number(), r.fileName(), r.contentType(), r.size(), r.sha256(),
                () -> new ByteArrayInputStream(QuarkusTransaction.requiringNew()
                    .call(() -> queries.receiptContent(bookId, r.id()))))).toList();
        AuditPackageSource.AuditLogVerification verified = new AuditPackageSource.AuditLogVerification(
            verification.valid(), verification.entries(), verification.firstBrokenAt(), clock.instant());
        ReportPeriod reportPeriod = new ReportPeriod(period.name(), period.start(), period.end());
        String bookName = reports.get(0).bookName();

        return new AuditPackageSource() {
            public String bookName() { return bookName; }
            public ReportPeriod period() { return reportPeriod; }
            public ReportLanguage language() { return language; }
            public List<TransparencyReport> transparencyReports() { return reports; }
            public ExpenseReport expenseReport() { return expenseReport; }
            public Stream<Transaction> transactions() { return namedTransactions.stream(); }
            public Stream<Receipt> receipts() { return receipts.stream(); }
            public Stream<StatusChange> statusHistory() { return namedHistory.stream(); }
            public Stream<AuditLogEntry> auditLog() { return namedLog.stream(); }
            public AuditLogVerification auditLogVerification() { return verified; }
        };
    }

    private static String name(Map<UUID, MemberDirectory.Profile> profiles, String userId) {
        if (userId == null) {
            return null;
        }
        MemberDirectory.Profile p = profiles.get(UUID.fromString(userId));
        return p == null || p.displayName() == null ? userId : p.displayName();
    }
}
