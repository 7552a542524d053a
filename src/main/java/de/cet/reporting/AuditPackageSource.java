package de.cet.reporting;

import de.cet.reporting.model.ExpenseReport;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.ReportPeriod;
import de.cet.reporting.model.TransactionType;
import de.cet.reporting.model.TransparencyReport;
import de.cet.shared.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Everything the audit package of one book and period contains, as the ledger provides it. The ledger
 * implements this per request (book, period, language, after checking the caller may read the book).
 *
 * <p>The streams may be backed by database cursors: the package writer consumes each one once, in
 * order, and closes it. Receipt contents are opened one at a time and streamed into the ZIP, so an
 * implementation must not load them into memory either.
 */
public interface AuditPackageSource {

    String bookName();

    ReportPeriod period();

    ReportLanguage language();

    /** The period's transparency reports, one per fund that had money in the period (PUBLIC first). */
    List<TransparencyReport> transparencyReports();

    /** All booked transactions of the period, both funds, grouped by category. */
    ExpenseReport expenseReport();

    /** Every transaction dated in the period, in any status, ordered by date. */
    Stream<Transaction> transactions();

    /** Every receipt attached to a transaction of the period, ordered by number. */
    Stream<Receipt> receipts();

    /** Every status change of those transactions, ordered by transaction and time. */
    Stream<StatusChange> statusHistory();

    /** The book's audit-log entries of the period, ordered by sequence number. */
    Stream<AuditLogEntry> auditLog();

    /** The result of verifying the book's whole hash chain when the package is made. */
    AuditLogVerification auditLogVerification();

    /** A transaction as the auditors see it in {@code buchungen.csv}. */
    record Transaction(
        UUID id,
        LocalDate date,
        TransactionType type,
        String status,
        Money amount,
        String accountName,
        Fund fund,
        String categoryName,
        String officialCode,
        String counterparty,
        String description,
        String reference,
        List<String> receiptNumbers,
        String advancedBy,
        UUID reversalOf,
        String recordedBy,
        Instant recordedAt) {

        public Transaction {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(amount, "amount");
            receiptNumbers = receiptNumbers == null ? List.of() : List.copyOf(receiptNumbers);
        }
    }

    /** Opens a receipt's stored content; called once, the stream is closed after copying. */
    @FunctionalInterface
    interface ReceiptContent {
        InputStream open() throws IOException;
    }

    /** A receipt file; {@code originalFileName} is what the uploader's device called it (untrusted). */
    record Receipt(String number, String originalFileName, String contentType, long size, String sha256,
                   ReceiptContent content) {

        public Receipt {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(content, "content");
        }
    }

    /** One status change of a transaction (DRAFT → SUBMITTED → APPROVED → BOOKED, REJECTED, reversal). */
    record StatusChange(UUID transactionId, Instant at, String actor, String fromStatus, String toStatus, String note) {

        public StatusChange {
            Objects.requireNonNull(transactionId, "transactionId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(toStatus, "toStatus");
        }
    }

    /** One entry of the hash-chained audit log. */
    record AuditLogEntry(long sequence, Instant at, String actor, String action, String subject, String details,
                         String previousHash, String hash) {

        public AuditLogEntry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(hash, "hash");
        }
    }

    /** As {@code GET /books/{bookId}/audit-log/verification} answers it. */
    record AuditLogVerification(boolean valid, long entries, Long firstBrokenAt, Instant verifiedAt) {

        public AuditLogVerification {
            Objects.requireNonNull(verifiedAt, "verifiedAt");
        }
    }
}
