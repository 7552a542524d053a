package de.cet.reporting.model;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One booked transaction in the expense report.
 *
 * <p>{@code amount} is positive as in the ledger; {@link #signedAmount()} is its effect on the book's
 * balance: income adds, expense subtracts, a reversal undoes its original (so a reversed expense adds),
 * a transfer moves money inside the book and changes no total.
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
    String advancedBy) {

    public ExpenseLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        receiptNumbers = List.copyOf(receiptNumbers);
        counterparty = counterparty == null ? "" : counterparty;
        description = description == null ? "" : description;
        reference = reference == null ? "" : reference;
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("transaction amounts are positive; the type gives the direction");
        }
    }

    public Money signedAmount() {
        Money signed = switch (type) {
            case INCOME -> amount;
            case EXPENSE -> amount.negate();
            case TRANSFER -> Money.ZERO;
        };
        return reversal ? signed.negate() : signed;
    }

    public boolean isAdvance() {
        return advancedBy != null;
    }
}
