package de.cet.budgeting.application;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What was spent, as the ledger counts it: the booked effect's {@code expense} of the entries that count in
 * the totals (ledger_effect_sums, ADR 0008) — booked expenses and advances, reversals negated,
 * reimbursements and transfers not at all; drafts, submitted, approved and rejected entries not yet or
 * never. Per category and calendar month, for the days {@code from}..{@code to} (both included).
 */
public interface LedgerSpending {
    Map<UUID, Map<LocalDate, Money>> expenseByCategoryAndMonth(UUID bookId, LocalDate from, LocalDate to);
}
