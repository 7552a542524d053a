package de.cet.ledger.api;

import de.cet.ledger.application.EntrySplits;
import de.cet.ledger.application.TransactionService;
import de.cet.ledger.domain.transaction.ComplianceWarning;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.ledger.domain.transaction.TransactionChange;
import de.cet.ledger.domain.transaction.TransactionContent;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the ledger's transactions. */
final class TransactionDtos {
    private TransactionDtos() {}

    @Schema(name = "SplitPayer", description = "A member who paid (of a refund: received) `amount` of the entry.")
    record SplitPayerBody(UUID memberId, @Schema(ref = "PositiveMoney") Money amount) {
        EntrySplits.PayerRequest request() {
            return new EntrySplits.PayerRequest(memberId, amount);
        }
    }

    @Schema(name = "SplitShare", description = "A member who shares the entry. `value`: absent for EQUAL; for EXACT the part in money (\"12.34\"); for PERCENT a percentage (\"33.33\", the values sum to 100); for SHARES a weight (\"2\", \"1.5\"). A decimal point, never a comma; at most two fraction digits.")
    record SplitShareBody(UUID memberId, @Schema(pattern = "^[0-9]{1,13}(\\.[0-9]{1,2})?$", examples = "33.33") String value) {
        EntrySplits.ShareRequest request() {
            return new EntrySplits.ShareRequest(memberId, value);
        }
    }

    @Schema(name = "Split", description = "The entry shared among members (an EXPENSE, or an INCOME such as a refund): who paid how much (the payers sum to the amount) and who shares it by which method. The parts sum to the amount exactly; leftover cents go by the largest remainder, ties to the member listed first (ADR 0011). `GET /books/{bookId}/splits/{transactionId}` answers the parts.")
    record SplitBody(@Schema(enumeration = {"EQUAL", "EXACT", "PERCENT", "SHARES"}) String method,
                     List<SplitPayerBody> payers, List<SplitShareBody> shares) {
        static EntrySplits.SplitRequest request(SplitBody b) {
            if (b == null) {
                return null;
            }
            return new EntrySplits.SplitRequest(b.method(),
                b.payers() == null ? null : b.payers().stream().map(p -> p == null ? null : p.request()).toList(),
                b.shares() == null ? null : b.shares().stream().map(s -> s == null ? null : s.request()).toList());
        }
    }

    /** Create: the caller's content; fields a caller may not set (createdBy, version, book) are simply absent. */
    @Schema(name = "CreateTransactionRequest")
    record CreateTransactionBody(TransactionType type, @Schema(ref = "PositiveMoney") Money amount, LocalDate date, UUID accountId, UUID toAccountId,
                                 UUID categoryId, String counterparty, String description, String reference,
                                 UUID paidByMemberId, UUID reimbursesMemberId, List<UUID> receiptIds, List<String> tags,
                                 String justification, String eigenbeleg, TransactionStatus status,
                                 @Schema(description = "Optional: the members who share the entry.") SplitBody split) {
        TransactionService.NewTransaction command() {
            return new TransactionService.NewTransaction(TransactionContent.builder().type(type).amount(amount).date(date)
                .accountId(accountId).toAccountId(toAccountId).categoryId(categoryId).counterparty(counterparty)
                .description(description).reference(reference).paidByMemberId(paidByMemberId)
                .reimbursesMemberId(reimbursesMemberId).receiptIds(receiptIds).tags(tags).justification(justification)
                .eigenbeleg(eigenbeleg).build(), status, SplitBody.request(split));
        }
    }

    /** Edit: absent or null fields keep their value; status changes go through the workflow endpoints. */
    @Schema(name = "UpdateTransactionRequest", description = "Absent fields keep their value; an explicit `null` clears an optional field (toAccountId, categoryId, counterparty, description, reference, paidByMemberId, reimbursesMemberId, justification, eigenbeleg, split). Status changes go through the workflow operations. Needs `If-Match` or `version`.")
    record EditTransactionBody(TransactionType type, @Schema(ref = "PositiveMoney") Money amount, LocalDate date,
                               UUID accountId,
                               @Schema(nullable = true) UUID toAccountId,
                               @Schema(nullable = true) UUID categoryId,
                               @Schema(nullable = true) String counterparty,
                               @Schema(nullable = true) String description,
                               @Schema(nullable = true) String reference,
                               @Schema(nullable = true) UUID paidByMemberId,
                               @Schema(nullable = true) UUID reimbursesMemberId,
                               List<UUID> receiptIds, List<String> tags,
                               @Schema(nullable = true) String justification,
                               @Schema(nullable = true) String eigenbeleg,
                               @Schema(nullable = true, description = "Replaces the split; `null` removes it; absent keeps it (fitted to a changed amount: EXACT parts and several payers must then be sent again).") SplitBody split,
                               Long version) {
        /** The fields sent, for {@code TransactionContent.patched}; {@code cleared} names the ones sent as null. */
        TransactionService.TransactionEdit command(Set<String> cleared) {
            return new TransactionService.TransactionEdit(TransactionContent.builder().type(type).amount(amount).date(date)
                .accountId(accountId).toAccountId(toAccountId).categoryId(categoryId).counterparty(counterparty)
                .description(description).reference(reference).paidByMemberId(paidByMemberId)
                .reimbursesMemberId(reimbursesMemberId).receiptIds(receiptIds).tags(tags).justification(justification)
                .eigenbeleg(eigenbeleg), cleared, SplitBody.request(split));
        }
    }

    @Schema(name = "TransactionReasonRequest", description = "`reason` (required) says why the entry is rejected or reversed; `date` applies to a reversal only.")
    record ReasonBody(String reason, LocalDate date) {}

    @Schema(name = "BookTransactionRequest", description = "Both optional: book on another account or date than the entry has.")
    record BookBody(UUID accountId, LocalDate date) {}

    @Schema(name = "Approval")
    record ApprovalBody(UUID approverId, Instant at) {}

    @Schema(name = "ComplianceWarning")
    record WarningBody(String code, String message) {
        static WarningBody of(ComplianceWarning w) {
            return new WarningBody(w.code(), w.message());
        }
    }

    @Schema(name = "Transaction")
    record TransactionBody(UUID id, TransactionType type, @Schema(ref = "PositiveMoney") Money amount, LocalDate date, UUID accountId, UUID toAccountId,
                           UUID categoryId, String counterparty, String description, String reference,
                           UUID paidByMemberId, UUID reimbursesMemberId, List<UUID> receiptIds, List<String> tags,
                           String justification, String eigenbeleg, TransactionStatus status, UUID createdBy,
                           Instant createdAt, UUID submittedBy, Instant submittedAt, List<ApprovalBody> approvals,
                           UUID bookedBy, Instant bookedAt, UUID rejectedBy, String rejectionReason, UUID reworkOf,
                           UUID reworkedInto, UUID reversalOf, UUID reversedBy, String reversalReason, long version,
                           List<WarningBody> warnings) {
        static TransactionBody of(TransactionService.TransactionView v) {
            Transaction t = v.transaction();
            TransactionContent c = t.content();
            return new TransactionBody(t.id(), c.type(), c.amount(), c.date(), c.accountId(), c.toAccountId(),
                c.categoryId(), c.counterparty(), c.description(), c.reference(), c.paidByMemberId(),
                c.reimbursesMemberId(), c.receiptIds(), c.tags(), c.justification(), c.eigenbeleg(), t.status(),
                t.createdBy(), t.createdAt(), t.submittedBy(), t.submittedAt(),
                t.approvals().stream().map(a -> new ApprovalBody(a.approverId(), a.at())).toList(), t.bookedBy(),
                t.bookedAt(), t.rejectedBy(), t.rejectionReason(), t.reworkOf(), t.reworkedInto(), t.reversalOf(),
                t.reversedBy(), t.reversalReason(), t.version(), v.warnings().stream().map(WarningBody::of).toList());
        }
    }

    @Schema(name = "TransactionTotals")
    record Totals(Money income, Money expense) {}

    @Schema(name = "TransactionPage", description = "A page of the search with the totals of the whole filtered set.")
    record TransactionPage(List<TransactionBody> items, int page, int size, long totalItems, Totals totals,
                           @Schema(nullable = true, description = "Pass as `cursor` for the next page (same `sort`, `size` and filters); null on the last page. Opaque.") String nextCursor) {}

    @Schema(name = "TransactionChange", description = "One change of an entry: who, when, which fields, and their values before and after.")
    record ChangeBody(UUID actorId, Instant at, String action, List<String> changedFields, Map<String, Object> before,
                      Map<String, Object> after) {
        static ChangeBody of(TransactionChange c) {
            return new ChangeBody(c.actor(), c.at(), c.action().name(), List.copyOf(c.changedFields()), c.before(), c.after());
        }
    }
}
