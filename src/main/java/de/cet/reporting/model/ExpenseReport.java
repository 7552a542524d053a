package de.cet.reporting.model;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The expense report (Ausgabenübersicht / Belegliste): the booked transactions of a date range that
 * match the caller's filters, grouped by category.
 *
 * <p>Invariant: every line lies within the date range; totals are derived from the lines.
 *
 * @param filters a human-readable description of the filters applied besides the date range
 *                (e.g. "Konto: Girokonto; Typ: Ausgabe"); empty when none
 */
public record ExpenseReport(
    String bookName,
    LocalDate from,
    LocalDate to,
    String filters,
    ReportLanguage language,
    List<ExpenseGroup> groups) {

    public ExpenseReport {
        Objects.requireNonNull(bookName, "bookName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        filters = filters == null ? "" : filters;
        groups = List.copyOf(groups);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        for (ExpenseGroup group : groups) {
            for (ExpenseLine line : group.lines()) {
                if (line.date().isBefore(from) || line.date().isAfter(to)) {
                    throw new IllegalArgumentException("a line dated " + line.date() + " lies outside " + from + " – " + to);
                }
            }
        }
    }

    /** Income in the range, reversals of income deducted. */
    public Money totalIncome() {
        return total(TransactionType.INCOME);
    }

    /** Expenses in the range as a positive figure, reversals of expenses deducted. */
    public Money totalExpense() {
        return total(TransactionType.EXPENSE).negate();
    }

    public Money balance() {
        return totalIncome().minus(totalExpense());
    }

    public int lineCount() {
        return groups.stream().mapToInt(g -> g.lines().size()).sum();
    }

    private Money total(TransactionType type) {
        Money sum = Money.ZERO;
        for (ExpenseGroup group : groups) {
            for (ExpenseLine line : group.lines()) {
                if (line.type() == type) {
                    sum = sum.plus(line.signedAmount());
                }
            }
        }
        return sum;
    }
}
