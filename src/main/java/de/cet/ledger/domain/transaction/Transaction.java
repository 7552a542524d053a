package de.cet.ledger.domain.transaction;

import jakarta.persistence.*;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.common.FourEyesViolationException;
import de.cet.ledger.domain.common.InvalidStatusException;
import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.ForbiddenException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A ledger entry and its workflow: {@code DRAFT → SUBMITTED → APPROVED → BOOKED}, or {@code REJECTED}.
 *
 * <p>Invariants kept here: the content always fits the book ({@link TransactionContent#validate}); nothing
 * dated in a closed period is created, changed or deleted; members edit only their own drafts, treasurers
 * and admins drafts and submitted entries, auditors nothing; with four-eyes on nobody approves what they
 * created, submitted or last edited; above the dual-approval limit two different people approve; a booked entry never
 * changes again except for the link to its one reversal; booking needs an open period and, when the book
 * requires receipts, a receipt or an Eigenbeleg on an expense; every change appends a
 * {@link TransactionChange} with who, when, before and after.
 *
 * <p>Rules that need the book's other entries (cash never negative, reimbursement within the open
 * advance) are policies in {@code balance}, which the application service applies before booking.
 */
@Entity
@Table(name = "ledger_transaction")
public class Transaction {

    @Id

    private UUID id;
    @Column(name = "book_id", nullable = false)
    private UUID bookId;
    /* The content a person records and edits: one embedded value (ADR 0024), replaced as a whole. */
    @Embedded
    private TransactionContent content;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private TransactionStatus status;
    @Column(name = "created_by", nullable = false)
    private UUID createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "submitted_by")
    private UUID submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "last_edited_by")
    private UUID lastEditedBy;
    @ElementCollection(fetch = FetchType.EAGER) @Fetch(FetchMode.SUBSELECT) @CollectionTable(name = "ledger_transaction_approval", joinColumns = @JoinColumn(name = "transaction_id")) @OrderBy("at")
    private List<Approval> approvals = new ArrayList<>();
    @Column(name = "booked_by")
    private UUID bookedBy;
    @Column(name = "booked_at")
    private Instant bookedAt;
    @Column(name = "rejected_by")
    private UUID rejectedBy;
    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;
    @Column(name = "rework_of")
    private UUID reworkOf;
    @Column(name = "reworked_into")
    private UUID reworkedInto;
    @Column(name = "reversal_of")
    private UUID reversalOf;
    @Column(name = "reversed_by")
    private UUID reversedBy;
    @Column(name = "reversal_reason", length = 2000)
    private String reversalReason;
    /* Stored in ledger_transaction_change by the repository; holds the changes not yet stored. */ @Transient
    private List<TransactionChange> history = new ArrayList<>();
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Transaction() {}

    private Transaction(UUID id, UUID bookId, UUID createdBy, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.bookId = Objects.requireNonNull(bookId, "bookId");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Records a new entry as {@code DRAFT}, {@code SUBMITTED} or directly {@code BOOKED}. Anyone but an
     * auditor may draft and submit; a member may only claim an advance for themselves; only a treasurer
     * or admin may record a booked entry, and only when the book does not require approval.
     */
    public static Transaction create(UUID id, TransactionContent data, TransactionStatus initialStatus,
                                     Actor actor, LedgerContext context, Instant now) {
        actor.requireWrites();
        Objects.requireNonNull(initialStatus, "initialStatus");
        if (initialStatus != TransactionStatus.DRAFT && initialStatus != TransactionStatus.SUBMITTED
                && initialStatus != TransactionStatus.BOOKED) {
            throw new InvalidInputException("status", "must be DRAFT, SUBMITTED or BOOKED");
        }
        data.validate(context);
        requireMayClaimFor(actor, data);
        context.periods().requireNotClosed(data.date());
        Transaction tx = new Transaction(id, context.bookId(), actor.userId(), now);
        tx.content = data.copy();
        tx.status = TransactionStatus.DRAFT;
        tx.record(actor, now, ChangeAction.CREATED, Map.of());
        if (initialStatus == TransactionStatus.SUBMITTED) {
            tx.submit(actor, context, now);
        } else if (initialStatus == TransactionStatus.BOOKED) {
            tx.book(actor, null, null, context, now);
        }
        return tx;
    }

    /** Changes the content of a draft (its creator or a treasurer/admin) or a submitted entry (treasurer/admin). */
    public void edit(TransactionContent data, Actor actor, LedgerContext context, Instant now) {
        actor.requireWrites();
        requireEditableBy(actor, "edit");
        data.validate(context);
        requireMayClaimFor(actor, data);
        context.periods().requireNotClosed(date());
        context.periods().requireNotClosed(data.date());
        Map<String, Object> before = snapshot();
        content = data.copy();
        // What was approved is no longer what is there: approvals start over.
        approvals.clear();
        lastEditedBy = actor.userId();
        record(actor, now, ChangeAction.EDITED, before);
    }

    /** DRAFT → SUBMITTED, by its creator or a treasurer/admin. */
    public void submit(Actor actor, LedgerContext context, Instant now) {
        actor.requireWrites();
        requireStatus("submit", TransactionStatus.DRAFT);
        if (!actor.is(createdBy) && !actor.keepsTheBooks()) {
            throw new ForbiddenException("Only its creator or a treasurer may submit this draft.");
        }
        context.periods().requireNotClosed(date());
        Map<String, Object> before = snapshot();
        status = TransactionStatus.SUBMITTED;
        submittedBy = actor.userId();
        submittedAt = now;
        record(actor, now, ChangeAction.SUBMITTED, before);
    }

    /**
     * Adds the actor's approval to a submitted entry; the entry becomes {@code APPROVED} once it has
     * enough (two above the dual-approval limit, else one). Approvers are treasurers, admins and
     * signatories. With four-eyes on, the creator and the submitter may not approve; nobody approves twice.
     */
    public void approve(Actor actor, LedgerContext context, Instant now) {
        actor.requireWrites();
        requireStatus("approve", TransactionStatus.SUBMITTED);
        if (!actor.mayApprove()) {
            throw new ForbiddenException("Only a treasurer, an admin or a signatory may approve.");
        }
        if (context.rules().fourEyes() && (actor.is(submittedBy) || actor.is(createdBy) || actor.is(lastEditedBy))) {
            throw new FourEyesViolationException(
                "Four-eyes rule: someone other than the creator, the submitter and the last editor must approve this entry.");
        }
        if (approvals.stream().anyMatch(a -> actor.is(a.approverId()))) {
            throw new FourEyesViolationException("You have already approved this entry; a second person must approve it.");
        }
        context.periods().requireNotClosed(date());
        Map<String, Object> before = snapshot();
        approvals.add(new Approval(actor.userId(), now));
        if (approvals.size() >= requiredApprovals(context)) {
            status = TransactionStatus.APPROVED;
        }
        record(actor, now, ChangeAction.APPROVED, before);
    }

    /** SUBMITTED or APPROVED → REJECTED, with a reason, by an approver. */
    public void reject(Actor actor, String reason, LedgerContext context, Instant now) {
        actor.requireWrites();
        requireStatus("reject", TransactionStatus.SUBMITTED, TransactionStatus.APPROVED);
        if (!actor.mayApprove()) {
            throw new ForbiddenException("Only a treasurer, an admin or a signatory may reject.");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "must not be blank");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("reason", "must be at most 2000 characters");
        }
        context.periods().requireNotClosed(date());
        Map<String, Object> before = snapshot();
        status = TransactionStatus.REJECTED;
        rejectedBy = actor.userId();
        rejectionReason = reason.strip();
        record(actor, now, ChangeAction.REJECTED, before);
    }

    /**
     * Turns a rejected entry into a new draft with the same content, linked to it ({@code reworkOf}); the
     * rejected entry stays as it is, visible, and can be reworked once.
     */
    public Transaction rework(UUID newId, Actor actor, LedgerContext context, Instant now) {
        actor.requireWrites();
        requireStatus("rework", TransactionStatus.REJECTED);
        if (!actor.is(createdBy) && !actor.keepsTheBooks()) {
            throw new ForbiddenException("Only its creator or a treasurer may rework this entry.");
        }
        if (reworkedInto != null) {
            throw new ConflictException("already-reworked", "This entry has already been reworked into " + reworkedInto + ".");
        }
        content.validate(context);
        context.periods().requireNotClosed(content.date());
        Transaction copy = new Transaction(newId, bookId, actor.userId(), now);
        copy.content = content.copy();
        copy.status = TransactionStatus.DRAFT;
        copy.reworkOf = id;
        copy.record(actor, now, ChangeAction.CREATED, Map.of());
        Map<String, Object> before = snapshot();
        reworkedInto = newId;
        record(actor, now, ChangeAction.REWORKED, before);
        return copy;
    }

    /**
     * Books the entry, optionally on another account and date (the treasurer decides which account pays a
     * claim). Treasurer/admin only. With {@code requireApproval} only an APPROVED entry is booked;
     * otherwise drafts and submitted entries may be booked directly. The date must be in an open period;
     * when the book requires receipts an expense needs a receipt or an Eigenbeleg (a reimbursement does
     * not: the advance it pays back carries the receipt).
     */
    public void book(Actor actor, UUID bookingAccountId, LocalDate bookingDate, LedgerContext context, Instant now) {
        actor.requireWrites();
        actor.requireKeepsTheBooks("book entries");
        if (context.rules().requireApproval()) {
            if (status == TransactionStatus.DRAFT || status == TransactionStatus.SUBMITTED) {
                throw new ConflictException("approval-required",
                    "This book requires approval: the entry must be approved before it is booked.");
            }
            requireStatus("book", TransactionStatus.APPROVED);
        } else {
            requireStatus("book", TransactionStatus.DRAFT, TransactionStatus.SUBMITTED, TransactionStatus.APPROVED);
        }
        context.periods().requireNotClosed(date());
        TransactionContent data = content;
        if (bookingAccountId != null || bookingDate != null) {
            data = content.toBuilder().date(bookingDate != null ? bookingDate : date())
                .accountId(bookingAccountId != null ? bookingAccountId : accountId()).build();
            data.validate(context);
        }
        context.periods().requireOpen(data.date());
        if (context.rules().requireReceipt() && needsReceipt() && !hasReceiptOrEigenbeleg()) {
            throw new LedgerRuleViolation("receipt-required",
                "This book requires a receipt or an Eigenbeleg (self-made receipt with a justification) before an expense is booked.");
        }
        Map<String, Object> before = snapshot();
        if (data != content) {
            content = data.copy();
        }
        status = TransactionStatus.BOOKED;
        bookedBy = actor.userId();
        bookedAt = now;
        record(actor, now, ChangeAction.BOOKED, before);
    }

    /**
     * Only drafts are deleted: by their creator or a treasurer/admin, and not inside a closed period.
     * Returns the history entry to keep (the history outlives the draft); the caller then removes the row.
     */
    public TransactionChange delete(Actor actor, LedgerContext context, Instant now) {
        actor.requireWrites();
        if (status != TransactionStatus.DRAFT) {
            throw new InvalidStatusException("Only drafts can be deleted; this entry is " + status
                + (status == TransactionStatus.BOOKED ? " and can only be reversed." : "."));
        }
        if (!actor.is(createdBy) && !actor.keepsTheBooks()) {
            throw new ForbiddenException("Only its creator or a treasurer may delete this draft.");
        }
        context.periods().requireNotClosed(date());
        return new TransactionChange(actor.userId(), Objects.requireNonNull(now, "now"), ChangeAction.DELETED,
            snapshot(), Map.of());
    }

    /**
     * Reverses a booked entry: a new BOOKED entry with the same type, account(s), category and amount and
     * the opposite effect, dated in an open period (not before the original), linked both ways. An entry
     * is reversed at most once, and a reversal itself is not reversed (book a new entry instead).
     */
    public Transaction reverse(UUID newId, Actor actor, String reason, LocalDate reversalDate,
                               LedgerContext context, Instant now) {
        actor.requireWrites();
        actor.requireKeepsTheBooks("reverse entries");
        requireStatus("reverse", TransactionStatus.BOOKED);
        if (reversalOf != null) {
            throw new ConflictException("reversal-not-reversible", "A reversal cannot be reversed; record a new entry instead.");
        }
        if (reversedBy != null) {
            throw new ConflictException("already-reversed", "This entry has already been reversed by " + reversedBy + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "must not be blank");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("reason", "must be at most 2000 characters");
        }
        if (reversalDate == null) {
            throw new InvalidInputException("date", "is required");
        }
        if (reversalDate.isBefore(date())) {
            throw new InvalidInputException("date", "must not be before the reversed entry's date " + date());
        }
        context.periods().requireOpen(reversalDate);
        Transaction reversal = new Transaction(newId, bookId, actor.userId(), now);
        reversal.content = content.toBuilder().date(reversalDate).build();
        reversal.reversalOf = id;
        reversal.reversalReason = reason.strip();
        reversal.status = TransactionStatus.BOOKED;
        reversal.bookedBy = actor.userId();
        reversal.bookedAt = now;
        reversal.record(actor, now, ChangeAction.CREATED, Map.of());
        Map<String, Object> before = snapshot();
        reversedBy = newId;
        record(actor, now, ChangeAction.REVERSED, before);
        return reversal;
    }

    /** The entry's signed effect on an account's balance; zero unless booked. */
    public Money effectOn(UUID account) {
        if (status != TransactionStatus.BOOKED) {
            return Money.ZERO;
        }
        Money effect = switch (type()) {
            case INCOME -> account.equals(accountId()) ? amount() : Money.ZERO;
            // An advance was paid out of a member's pocket: no money left the account until it is reimbursed.
            case EXPENSE -> account.equals(accountId()) && !isAdvance() ? amount().negate() : Money.ZERO;
            case TRANSFER -> account.equals(accountId()) ? amount().negate()
                : account.equals(toAccountId()) ? amount() : Money.ZERO;
        };
        return signed(effect);
    }

    /** What the book owes {@code member} because of this entry: + for an advance, − for a reimbursement. */
    public Money advanceEffectFor(UUID member) {
        if (status != TransactionStatus.BOOKED || type() != TransactionType.EXPENSE) {
            return Money.ZERO;
        }
        Money effect = member.equals(paidByMemberId()) ? amount()
            : member.equals(reimbursesMemberId()) ? amount().negate() : Money.ZERO;
        return signed(effect);
    }

    /** What the entry adds to the income totals: a booked income's amount, negated for a reversal. */
    public Money countedIncome() {
        return countsInCategoryTotals() && type() == TransactionType.INCOME ? signed(amount()) : Money.ZERO;
    }

    /**
     * What the entry adds to the expense totals (spending, positive): a booked expense's amount — an advance
     * too, while its reimbursement settles the debt and counts nothing — negated for a reversal.
     */
    public Money countedExpense() {
        return countsInCategoryTotals() && type() == TransactionType.EXPENSE ? signed(amount()) : Money.ZERO;
    }

    private Money signed(Money value) {
        return isReversal() ? value.negate() : value;
    }

    /** An expense that is spending (not paying back an advance) and not a reversal needs a receipt. */
    public boolean needsReceipt() {
        return type() == TransactionType.EXPENSE && !isReimbursement() && !isReversal();
    }

    public boolean hasReceiptOrEigenbeleg() {
        return !content.receiptIds().isEmpty() || eigenbeleg() != null;
    }

    public boolean isAdvance() {
        return paidByMemberId() != null;
    }

    public boolean isReimbursement() {
        return reimbursesMemberId() != null;
    }

    public boolean isReversal() {
        return reversalOf != null;
    }

    /**
     * Whether the entry counts in income/expense totals per category: booked income and expenses, but
     * not transfers and not reimbursements (they settle an advance that already counted).
     */
    public boolean countsInCategoryTotals() {
        return status == TransactionStatus.BOOKED && type() != TransactionType.TRANSFER && !isReimbursement();
    }

    public boolean isBooked() {
        return status == TransactionStatus.BOOKED;
    }

    /** The current content, e.g. to pre-fill an edit. */
    public TransactionContent content() {
        return content;
    }

    /** The entry as the history records it: every field a person can change or that the workflow sets. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>(content.snapshot());
        s.put("status", str(status));
        s.put("approvals", approvals.stream().map(a -> a.approverId().toString()).toList());
        s.put("rejectionReason", rejectionReason);
        s.put("reversalOf", str(reversalOf));
        s.put("reversedBy", str(reversedBy));
        s.put("reversalReason", reversalReason);
        s.put("reworkOf", str(reworkOf));
        s.put("reworkedInto", str(reworkedInto));
        return s;
    }

    private int requiredApprovals(LedgerContext context) {
        return context.rules().needsDualApproval(amount()) ? 2 : 1;
    }

    private void requireEditableBy(Actor actor, String what) {
        if (status == TransactionStatus.DRAFT) {
            if (!actor.is(createdBy) && !actor.keepsTheBooks()) {
                throw new ForbiddenException("Members may only " + what + " their own drafts.");
            }
        } else if (status == TransactionStatus.SUBMITTED) {
            if (!actor.keepsTheBooks()) {
                throw new ForbiddenException("Only a treasurer or admin may " + what + " a submitted entry.");
            }
        } else {
            throw new InvalidStatusException("A " + status + " entry cannot be changed"
                + (status == TransactionStatus.BOOKED ? "; reverse it instead." : "."));
        }
    }

    private static void requireMayClaimFor(Actor actor, TransactionContent data) {
        if (data.paidByMemberId() != null && !actor.keepsTheBooks() && !actor.is(data.paidByMemberId())) {
            throw new ForbiddenException("Members may only record advances they paid themselves.");
        }
        if (data.reimbursesMemberId() != null && !actor.keepsTheBooks()) {
            throw new ForbiddenException("Only a treasurer or admin records reimbursements.");
        }
    }

    private void requireStatus(String what, TransactionStatus... allowed) {
        for (TransactionStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new InvalidStatusException("Cannot " + what + " an entry that is " + status + ".");
    }

    private void record(Actor actor, Instant now, ChangeAction action, Map<String, Object> before) {
        history.add(new TransactionChange(actor.userId(), Objects.requireNonNull(now, "now"), action, before, snapshot()));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    // The content's fields, for the callers that read one of them (a new content field needs no accessor here).
    public UUID id() { return id; }
    public UUID bookId() { return bookId; }
    public TransactionType type() { return content.type(); }
    public Money amount() { return content.amount(); }
    public LocalDate date() { return content.date(); }
    public UUID accountId() { return content.accountId(); }
    public UUID toAccountId() { return content.toAccountId(); }
    public UUID categoryId() { return content.categoryId(); }
    public String counterparty() { return content.counterparty(); }
    public String description() { return content.description(); }
    public String reference() { return content.reference(); }
    public UUID paidByMemberId() { return content.paidByMemberId(); }
    public UUID reimbursesMemberId() { return content.reimbursesMemberId(); }
    public List<UUID> receiptIds() { return content.receiptIds(); }
    public List<String> tags() { return content.tags(); }
    public String justification() { return content.justification(); }
    public String eigenbeleg() { return content.eigenbeleg(); }
    public TransactionStatus status() { return status; }
    public UUID createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public UUID submittedBy() { return submittedBy; }
    public UUID lastEditedBy() { return lastEditedBy; }
    public Instant submittedAt() { return submittedAt; }
    public List<Approval> approvals() { return List.copyOf(approvals); }
    public UUID bookedBy() { return bookedBy; }
    public Instant bookedAt() { return bookedAt; }
    public UUID rejectedBy() { return rejectedBy; }
    public String rejectionReason() { return rejectionReason; }
    public UUID reworkOf() { return reworkOf; }
    public UUID reworkedInto() { return reworkedInto; }
    public UUID reversalOf() { return reversalOf; }
    public UUID reversedBy() { return reversedBy; }
    public String reversalReason() { return reversalReason; }
    public List<TransactionChange> history() { return List.copyOf(history); }

    /**
     * The changes recorded since the entry was loaded or last taken, and forgets them: the persistence
     * layer appends each change exactly once to the stored history.
     */
    public List<TransactionChange> takeNewChanges() {
        List<TransactionChange> taken = List.copyOf(history);
        history.clear();
        return taken;
    }
    /** Optimistic-locking version, maintained by the persistence layer. */
    public long version() { return version; }
}
