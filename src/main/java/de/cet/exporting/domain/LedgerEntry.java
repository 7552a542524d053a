package de.cet.exporting.domain;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A booked ledger entry as the export sees it. {@code accountType}/{@code toAccountType} are BANK or CASH;
 * {@code officialCode} is the category's (absent for transfers and reimbursements); {@code reversal}: the
 * entry undoes the one it reverses (same type and category, the opposite effect); {@code advance}: a member
 * paid it out of pocket; {@code reimbursement}: the book pays a member back.
 */
public record LedgerEntry(UUID id, Type type, Money amount, LocalDate date, UUID accountId, String accountType,
                          UUID toAccountId, String toAccountType, String officialCode, boolean reversal,
                          boolean advance, boolean reimbursement, String receiptNumber, String reference,
                          String counterparty, String description) {

    public enum Type { EXPENSE, INCOME, TRANSFER }

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accountType, "accountType");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a ledger amount is positive");
        }
        if (type == Type.TRANSFER && (toAccountId == null || toAccountType == null)) {
            throw new IllegalArgumentException("a transfer has a target account");
        }
        if (type != Type.TRANSFER && !reimbursement && officialCode == null) {
            throw new IllegalArgumentException("income and expenses have an official category");
        }
        if (reimbursement && type != Type.EXPENSE) {
            throw new IllegalArgumentException("only an expense reimburses a member");
        }
    }
}
