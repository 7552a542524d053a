package de.cet.ledger.domain.transaction;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.category.Category;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * The editable content of a transaction, as a caller supplies it on create or edit (field names as in
 * API.md). {@link #validate} checks it against the book and reports every bad field at once.
 *
 * @param paidByMemberId an advance: the member paid this expense personally (EXPENSE only)
 * @param reimbursesMemberId a reimbursement: this expense pays back that member's advances (EXPENSE only)
 * @param justification why an "other" category (IN-900, EX-900) was used
 * @param eigenbeleg the text of a self-made receipt: why there is no receipt and what was paid for
 */
public record TransactionData(
        TransactionType type,
        Money amount,
        LocalDate date,
        UUID accountId,
        UUID toAccountId,
        UUID categoryId,
        String counterparty,
        String description,
        String reference,
        UUID paidByMemberId,
        UUID reimbursesMemberId,
        List<UUID> receiptIds,
        List<String> tags,
        String justification,
        String eigenbeleg) {

    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;
    public static final int MAX_RECEIPTS = 50;

    public TransactionData {
        receiptIds = receiptIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(receiptIds));
        List<String> cleanTags = new ArrayList<>();
        if (tags != null) {
            for (String tag : tags) {
                if (tag != null && !tag.isBlank() && !cleanTags.contains(tag.strip())) {
                    cleanTags.add(tag.strip());
                }
            }
        }
        tags = List.copyOf(cleanTags);
        counterparty = blankToNull(counterparty);
        description = blankToNull(description);
        reference = blankToNull(reference);
        justification = blankToNull(justification);
        eigenbeleg = blankToNull(eigenbeleg);
    }

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
}
