package de.cet.recurring.domain;

import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The entry each due date makes: an expense or an income of a fixed amount on an account, in a category,
 * with counterparty and description. Whether the account and category fit the book is the ledger's rule,
 * checked when an entry is made (and when the template is saved, by the application).
 */
public record Template(EntryType type, Money amount, UUID accountId, UUID categoryId, String counterparty,
                       String description) {

    /** What a recurring entry can be: a transfer needs a second account, which a template does not carry. */
    public enum EntryType { EXPENSE, INCOME }

    public static final int MAX_COUNTERPARTY = 200;
    public static final int MAX_DESCRIPTION = 2000;

    public static Template of(String type, Money amount, UUID accountId, UUID categoryId, String counterparty,
                              String description) {
        List<FieldError> errors = new ArrayList<>();
        EntryType t = null;
        if (type == null) {
            errors.add(new FieldError("template.type", "is required: EXPENSE or INCOME"));
        } else {
            try {
                t = EntryType.valueOf(type);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("template.type", "must be EXPENSE or INCOME (a recurring transfer is not supported)"));
            }
        }
        if (amount == null) {
            errors.add(new FieldError("template.amount", "is required"));
        } else if (!amount.isPositive()) {
            errors.add(new FieldError("template.amount", "must be greater than zero"));
        }
        if (accountId == null) {
            errors.add(new FieldError("template.accountId", "is required"));
        }
        String cp = text("template.counterparty", counterparty, MAX_COUNTERPARTY, errors);
        String desc = text("template.description", description, MAX_DESCRIPTION, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Template(t, amount, accountId, categoryId, cp, desc);
    }

    private static String text(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return value.strip();
    }
}
