package de.cet.ledger.api;

import de.cet.ledger.application.TransactionService;
import de.cet.ledger.domain.transaction.ComplianceWarning;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.ledger.domain.transaction.TransactionChange;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the ledger's transactions. */
final class TransactionDtos {
    private TransactionDtos() {}

    /** Create: the caller's content; fields a caller may not set (createdBy, version, book) are simply absent. */
    record CreateTransactionBody(TransactionType type, Money amount, LocalDate date, UUID accountId, UUID toAccountId,
                                 UUID categoryId, String counterparty, String description, String reference,
                                 UUID paidByMemberId, UUID reimbursesMemberId, List<UUID> receiptIds, List<String> tags,
                                 String justification, String eigenbeleg, TransactionStatus status) {}

    /** Edit: absent or null fields keep their value; status changes go through the workflow endpoints. */
    record EditTransactionBody(TransactionType type, Money amount, LocalDate date, UUID accountId, UUID toAccountId,
                               UUID categoryId, String counterparty, String description, String reference,
                               UUID paidByMemberId, UUID reimbursesMemberId, List<UUID> receiptIds, List<String> tags,
                               String justification, String eigenbeleg, Long version) {}

    record ReasonBody(String reason, LocalDate date) {}

    record BookBody(UUID accountId, LocalDate date) {}

    record ApprovalBody(UUID approverId, Instant at) {}

    record WarningBody(String code, String message) {
        static WarningBody of(ComplianceWarning w) {
            return new WarningBody(w.code(), w.message());
        }
    }

    record TransactionBody(UUID id, TransactionType type, Money amount, LocalDate date, UUID accountId, UUID toAccountId,
                           UUID categoryId, String counterparty, String description, String reference,
                           UUID paidByMemberId, UUID reimbursesMemberId, List<UUID> receiptIds, List<String> tags,
                           String justification, String eigenbeleg, TransactionStatus status, UUID createdBy,
                           Instant createdAt, UUID submittedBy, Instant submittedAt, List<ApprovalBody> approvals,
                           UUID bookedBy, Instant bookedAt, UUID rejectedBy, String rejectionReason, UUID reworkOf,
                           UUID reworkedInto, UUID reversalOf, UUID reversedBy, String reversalReason, long version,
                           List<WarningBody> warnings) {
        static TransactionBody of(TransactionService.TransactionView v) {
            Transaction t = v.transaction();
            return new TransactionBody(t.id(), t.type(), t.amount(), t.date(), t.accountId(), t.toAccountId(),
                t.categoryId(), t.counterparty(), t.description(), t.reference(), t.paidByMemberId(),
                t.reimbursesMemberId(), t.receiptIds(), t.tags(), t.justification(), t.eigenbeleg(), t.status(),
                t.createdBy(), t.createdAt(), t.submittedBy(), t.submittedAt(),
                t.approvals().stream().map(a -> new ApprovalBody(a.approverId(), a.at())).toList(), t.bookedBy(),
                t.bookedAt(), t.rejectedBy(), t.rejectionReason(), t.reworkOf(), t.reworkedInto(), t.reversalOf(),
                t.reversedBy(), t.reversalReason(), t.version(), v.warnings().stream().map(WarningBody::of).toList());
        }
    }

    record Totals(Money income, Money expense) {}

    record TransactionPage(List<TransactionBody> items, int page, int size, long totalItems, Totals totals) {}

    record ChangeBody(UUID actorId, Instant at, String action, List<String> changedFields, Map<String, Object> before,
                      Map<String, Object> after) {
        static ChangeBody of(TransactionChange c) {
            return new ChangeBody(c.actor(), c.at(), c.action().name(), List.copyOf(c.changedFields()), c.before(), c.after());
        }
    }
}
