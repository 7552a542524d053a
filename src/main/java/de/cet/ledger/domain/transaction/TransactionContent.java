package de.cet.ledger.domain.transaction;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.category.Category;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The content of a transaction — what a person records and may edit (field names as in API.md) — in one
 * type (ADR 0024): the entity embeds it ({@code ledger_transaction}'s content columns), the create and edit
 * commands carry it, the history's snapshot and the DTO mapping read it. A new field is added here (column,
 * builder, check, snapshot), in the migration and in the DTOs, nowhere else.
 *
 * <p>A value: no setters; a change builds a new one ({@link #toBuilder()}, {@link #patched}). The
 * constructor from a {@link Builder} normalises (blank texts to null, tags trimmed and de-duplicated,
 * receipt ids de-duplicated); {@link #validate} checks it against the book and reports every bad field at
 * once. Hibernate fills the fields of a loaded one directly (no-arg constructor), from values that were
 * normalised when stored.
 *
 * <ul>
 * <li>{@code paidByMemberId}: an advance: the member paid this expense personally (EXPENSE only)</li>
 * <li>{@code reimbursesMemberId}: a reimbursement: this expense pays back that member's advances (EXPENSE only)</li>
 * <li>{@code justification}: why an "other" category (IN-900, EX-900) was used</li>
 * <li>{@code eigenbeleg}: the text of a self-made receipt: why there is no receipt and what was paid for</li>
 * </ul>
 */
@Embeddable
public class TransactionContent {

    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;
    public static final int MAX_RECEIPTS = 50;

    /** The optional fields a PATCH clears with an explicit {@code null} (the others keep their value). */
    public static final Set<String> CLEARABLE = Set.of("toAccountId", "categoryId", "counterparty", "description",
        "reference", "paidByMemberId", "reimbursesMemberId", "justification", "eigenbeleg");

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 8, nullable = false)
    private TransactionType type;
    @Column(name = "amount", precision = 15, scale = 2, nullable = false)
    private Money amount;
    @Column(name = "date", nullable = false)
    private LocalDate date;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "to_account_id")
    private UUID toAccountId;
    @Column(name = "category_id")
    private UUID categoryId;
    @Column(name = "counterparty", length = 200)
    private String counterparty;
    @Column(name = "description", length = 2000)
    private String description;
    @Column(name = "reference", length = 100)
    private String reference;
    @Column(name = "paid_by_member_id")
    private UUID paidByMemberId;
    @Column(name = "reimburses_member_id")
    private UUID reimbursesMemberId;
    @ElementCollection(fetch = FetchType.EAGER) @Fetch(FetchMode.SUBSELECT) @CollectionTable(name = "ledger_transaction_receipt", joinColumns = @JoinColumn(name = "transaction_id")) @OrderColumn(name = "position")
    @Column(name = "receipt_id", nullable = false)
    private List<UUID> receiptIds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", columnDefinition = "text[]", nullable = false)
    private List<String> tags = new ArrayList<>();
    @Column(name = "justification", length = 2000)
    private String justification;
    @Column(name = "eigenbeleg", length = 2000)
    private String eigenbeleg;

    protected TransactionContent() {}

    private TransactionContent(Builder b) {
        type = b.type;
        amount = b.amount;
        date = b.date;
        accountId = b.accountId;
        toAccountId = b.toAccountId;
        categoryId = b.categoryId;
        counterparty = blankToNull(b.counterparty);
        description = blankToNull(b.description);
        reference = blankToNull(b.reference);
        paidByMemberId = b.paidByMemberId;
        reimbursesMemberId = b.reimbursesMemberId;
        receiptIds = b.receiptIds == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(b.receiptIds));
        List<String> cleanTags = new ArrayList<>();
        if (b.tags != null) {
            for (String tag : b.tags) {
                if (tag != null && !tag.isBlank() && !cleanTags.contains(tag.strip())) {
                    cleanTags.add(tag.strip());
                }
            }
        }
        tags = cleanTags;
        justification = blankToNull(b.justification);
        eigenbeleg = blankToNull(b.eigenbeleg);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * An equal content of its own: each entity must hold its own instance (Hibernate refuses two entities
     * sharing one receipt-id collection).
     */
    TransactionContent copy() {
        return toBuilder().build();
    }

    /** A builder holding this content, to change a few fields of it. */
    public Builder toBuilder() {
        return new Builder().type(type).amount(amount).date(date).accountId(accountId).toAccountId(toAccountId)
            .categoryId(categoryId).counterparty(counterparty).description(description).reference(reference)
            .paidByMemberId(paidByMemberId).reimbursesMemberId(reimbursesMemberId).receiptIds(receiptIds).tags(tags)
            .justification(justification).eigenbeleg(eigenbeleg);
    }

    /**
     * This content with a PATCH applied: a field {@code given} (not null there) replaces the current value; a
     * {@link #CLEARABLE} field named in {@code cleared} becomes null; every other field keeps its value.
     */
    public TransactionContent patched(Builder given, Set<String> cleared) {
        return new Builder()
            .type(keep(given.type, type)).amount(keep(given.amount, amount)).date(keep(given.date, date))
            .accountId(keep(given.accountId, accountId))
            .toAccountId(pick("toAccountId", given.toAccountId, toAccountId, cleared))
            .categoryId(pick("categoryId", given.categoryId, categoryId, cleared))
            .counterparty(pick("counterparty", given.counterparty, counterparty, cleared))
            .description(pick("description", given.description, description, cleared))
            .reference(pick("reference", given.reference, reference, cleared))
            .paidByMemberId(pick("paidByMemberId", given.paidByMemberId, paidByMemberId, cleared))
            .reimbursesMemberId(pick("reimbursesMemberId", given.reimbursesMemberId, reimbursesMemberId, cleared))
            .receiptIds(keep(given.receiptIds, receiptIds)).tags(keep(given.tags, tags))
            .justification(pick("justification", given.justification, justification, cleared))
            .eigenbeleg(pick("eigenbeleg", given.eigenbeleg, eigenbeleg, cleared))
            .build();
    }

    /** The content as the history records it (strings, lists of strings, nulls), in API.md's field order. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", str(type));
        s.put("amount", str(amount));
        s.put("date", str(date));
        s.put("accountId", str(accountId));
        s.put("toAccountId", str(toAccountId));
        s.put("categoryId", str(categoryId));
        s.put("counterparty", counterparty);
        s.put("description", description);
        s.put("reference", reference);
        s.put("paidByMemberId", str(paidByMemberId));
        s.put("reimbursesMemberId", str(reimbursesMemberId));
        s.put("receiptIds", receiptIds.stream().map(UUID::toString).toList());
        s.put("tags", List.copyOf(tags));
        s.put("justification", justification);
        s.put("eigenbeleg", eigenbeleg);
        return s;
    }

    public TransactionType type() { return type; }
    public Money amount() { return amount; }
    public LocalDate date() { return date; }
    public UUID accountId() { return accountId; }
    public UUID toAccountId() { return toAccountId; }
    public UUID categoryId() { return categoryId; }
    public String counterparty() { return counterparty; }
    public String description() { return description; }
    public String reference() { return reference; }
    public UUID paidByMemberId() { return paidByMemberId; }
    public UUID reimbursesMemberId() { return reimbursesMemberId; }
    public List<UUID> receiptIds() { return List.copyOf(receiptIds); }
    public List<String> tags() { return List.copyOf(tags); }
    public String justification() { return justification; }
    public String eigenbeleg() { return eigenbeleg; }

    public boolean isAdvance() {
        return paidByMemberId != null;
    }

    public boolean isReimbursement() {
        return reimbursesMemberId != null;
    }

    /** Throws {@link InvalidInputException} listing every field that does not fit the book. */
    public void validate(LedgerContext context) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new FieldError("type", "is required"));
        }
        if (amount == null) {
            errors.add(new FieldError("amount", "is required"));
        } else if (!amount.isPositive()) {
            errors.add(new FieldError("amount", "must be greater than zero"));
        }
        if (date == null) {
            errors.add(new FieldError("date", "is required"));
        }
        Account account = checkAccount("accountId", accountId, context, errors);
        if (account != null && date != null && date.isBefore(account.openingDate())) {
            errors.add(new FieldError("date", "is before the account's opening date " + account.openingDate()));
        }
        if (type == TransactionType.TRANSFER) {
            Account target = checkAccount("toAccountId", toAccountId, context, errors);
            if (target != null && target.id().equals(accountId)) {
                errors.add(new FieldError("toAccountId", "must differ from accountId"));
            }
            if (target != null && date != null && date.isBefore(target.openingDate())) {
                errors.add(new FieldError("date", "is before the target account's opening date " + target.openingDate()));
            }
            if (categoryId != null) {
                errors.add(new FieldError("categoryId", "a transfer has no category"));
            }
            if (paidByMemberId != null) {
                errors.add(new FieldError("paidByMemberId", "only an expense can be paid by a member"));
            }
            if (reimbursesMemberId != null) {
                errors.add(new FieldError("reimbursesMemberId", "only an expense can reimburse a member"));
            }
        } else if (type != null) {
            if (toAccountId != null) {
                errors.add(new FieldError("toAccountId", "only a transfer has a target account"));
            }
            checkCategory(context, errors);
            if (type == TransactionType.INCOME && paidByMemberId != null) {
                errors.add(new FieldError("paidByMemberId", "only an expense can be paid by a member"));
            }
            if (type == TransactionType.INCOME && reimbursesMemberId != null) {
                errors.add(new FieldError("reimbursesMemberId", "only an expense can reimburse a member"));
            }
            if (paidByMemberId != null && reimbursesMemberId != null) {
                errors.add(new FieldError("reimbursesMemberId", "an advance cannot at the same time be a reimbursement"));
            }
            checkMember("paidByMemberId", paidByMemberId, context, errors);
            checkMember("reimbursesMemberId", reimbursesMemberId, context, errors);
        }
        checkLength("counterparty", counterparty, 200, errors);
        checkLength("description", description, 2000, errors);
        checkLength("reference", reference, 100, errors);
        checkLength("justification", justification, 2000, errors);
        checkLength("eigenbeleg", eigenbeleg, 2000, errors);
        if (tags.size() > MAX_TAGS) {
            errors.add(new FieldError("tags", "at most " + MAX_TAGS + " tags"));
        }
        if (tags.stream().anyMatch(t -> t.length() > MAX_TAG)) {
            errors.add(new FieldError("tags", "a tag has at most " + MAX_TAG + " characters"));
        }
        if (receiptIds.contains(null)) {
            errors.add(new FieldError("receiptIds", "must not contain null"));
        }
        if (receiptIds.size() > MAX_RECEIPTS) {
            errors.add(new FieldError("receiptIds", "at most " + MAX_RECEIPTS + " receipts"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void checkCategory(LedgerContext context, List<FieldError> errors) {
        if (categoryId == null) {
            // Paying back an advance is settling a debt, not new spending: the advance carries the category.
            if (!isReimbursement()) {
                errors.add(new FieldError("categoryId", "is required for " + type));
            }
            return;
        }
        Category category = context.categories().get(categoryId);
        if (category == null) {
            errors.add(new FieldError("categoryId", "is not a category of this book"));
        } else if (category.archived()) {
            errors.add(new FieldError("categoryId", "is archived"));
        } else if (category.kind() != type.categoryKind()) {
            errors.add(new FieldError("categoryId", "is an " + category.kind() + " category; the entry is " + type));
        }
    }

    private static Account checkAccount(String field, UUID id, LedgerContext context, List<FieldError> errors) {
        if (id == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        Account account = context.accounts().get(id);
        if (account == null) {
            errors.add(new FieldError(field, "is not an account of this book"));
            return null;
        }
        if (account.archived()) {
            errors.add(new FieldError(field, "is archived"));
        }
        return account;
    }

    private static void checkMember(String field, UUID id, LedgerContext context, List<FieldError> errors) {
        if (id != null && !context.memberIds().contains(id)) {
            errors.add(new FieldError(field, "is not a member of this book"));
        }
    }

    private static void checkLength(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> T keep(T given, T current) {
        return given != null ? given : current;
    }

    private static <T> T pick(String field, T given, T current, Set<String> cleared) {
        return given != null ? given : cleared.contains(field) ? null : current;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransactionContent other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return snapshot().hashCode();
    }

    @Override
    public String toString() {
        return "TransactionContent" + snapshot();
    }

    /**
     * The content's fields before normalisation; a field left unset is null. Also the carrier of a PATCH's
     * given fields ({@link TransactionContent#patched}).
     */
    public static final class Builder {
        private TransactionType type;
        private Money amount;
        private LocalDate date;
        private UUID accountId;
        private UUID toAccountId;
        private UUID categoryId;
        private String counterparty;
        private String description;
        private String reference;
        private UUID paidByMemberId;
        private UUID reimbursesMemberId;
        private List<UUID> receiptIds;
        private List<String> tags;
        private String justification;
        private String eigenbeleg;

        private Builder() {}

        public Builder type(TransactionType v) { type = v; return this; }
        public Builder amount(Money v) { amount = v; return this; }
        public Builder date(LocalDate v) { date = v; return this; }
        public Builder accountId(UUID v) { accountId = v; return this; }
        public Builder toAccountId(UUID v) { toAccountId = v; return this; }
        public Builder categoryId(UUID v) { categoryId = v; return this; }
        public Builder counterparty(String v) { counterparty = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder reference(String v) { reference = v; return this; }
        public Builder paidByMemberId(UUID v) { paidByMemberId = v; return this; }
        public Builder reimbursesMemberId(UUID v) { reimbursesMemberId = v; return this; }
        public Builder receiptIds(List<UUID> v) { receiptIds = v == null ? null : new ArrayList<>(v); return this; }
        public Builder tags(List<String> v) { tags = v == null ? null : new ArrayList<>(v); return this; }
        public Builder justification(String v) { justification = v; return this; }
        public Builder eigenbeleg(String v) { eigenbeleg = v; return this; }

        public TransactionContent build() {
            return new TransactionContent(this);
        }
    }
}
