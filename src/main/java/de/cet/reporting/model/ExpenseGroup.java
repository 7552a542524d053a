package de.cet.reporting.model;

import de.cet.shared.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The lines of one category in the expense report. Transfers have no category; the query puts them in
 * a group of their own with a null official code.
 */
public record ExpenseGroup(String categoryName, String officialCode, List<ExpenseLine> lines) {

    public ExpenseGroup {
        Objects.requireNonNull(categoryName, "categoryName");
        lines = List.copyOf(lines);
    }

    /** Sum of the lines' effects on the balance (negative for a group of expenses). */
    public Money subtotal() {
        Money sum = Money.ZERO;
        for (ExpenseLine line : lines) {
            sum = sum.plus(line.signedAmount());
        }
        return sum;
    }
}
