package de.cet.reporting.model;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One booked transaction in the expense report.
 *
 * <p>{@code amount} is positive as in the ledger; {@code effect} is what the line adds to the report's
 * totals, as the ledger's one rule says (ADR 0003; SQL {@code ledger_entry_effect}, V100): income adds,
 * spending subtracts, a reversal undoes its original (so a reversed expense adds); a transfer moves money
 * inside the book and a reimbursement settles an advance that already counted as the expense, so both
 * add 0.00.
 *
 * @param advancedBy the member who paid out of pocket (an advance), or null when the book paid
 */
public record ExpenseLine(
    LocalDate date,
    List<String> receiptNumbers,
    String counterparty,
    String description,
    String reference,
    TransactionType type,
    boolean reversal,
    Money amount,
    String advancedBy,
    Money effect) {

    public ExpenseLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(effect, "effect");
        receiptNumbers = List.copyOf(receiptNumbers);
        counterparty = counterparty == null ? "" : counterparty;
        description = description == null ? "" : description;
        reference = reference == null ? "" : reference;
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("transaction amounts are positive; the type gives the direction");
        }
        if (effect.abs().compareTo(amount) != 0 && !effect.isZero()) {
            throw new IllegalArgumentException("a line adds its amount, its negation or nothing to the totals");
        }
    }

    /** The line's effect on the report's totals (the API's {@code signedAmount}). */
    public Money signedAmount() {
        return effect;
    }

    /** Listed but not counted: a transfer, or a reimbursement settling an advance that counted already. */
    public boolean countsInTotals() {
        return !effect.isZero();
    }

    public boolean isAdvance() {
        return advancedBy != null;
    }
}
