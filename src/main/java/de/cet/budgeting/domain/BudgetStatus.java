package de.cet.budgeting.domain;

import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A budget's figures for one window.
 *
 * <ul>
 *   <li>{@code carriedIn}: with rollover, what the earlier windows left (+) or overspent (−): the sum of
 *       their {@code limit − spent}, so an overspent month eats into the next; without rollover 0.00</li>
 *   <li>{@code remaining} = limit + carriedIn − spent (negative when overspent)</li>
 *   <li>{@code spendableToday} = remaining ÷ daysLeft (today counts), rounded down to the cent, never below
 *       0.00; 0.00 once the window is over</li>
 *   <li>{@code percentUsed}: spent as a share of limit + carriedIn, whole per cent rounded down (79.99 % is
 *       79, so a threshold is reached only when it is); nothing available (limit + carriedIn ≤ 0) counts as
 *       100 once anything is spent or the carry is negative</li>
 * </ul>
 */
public record BudgetStatus(BudgetWindow window, Money limit, Money carriedIn, Money spent, Money remaining,
                           Money spendableToday, long daysLeft, int percentUsed) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The limit and what was spent in one window of a budget's chain. */
    public record WindowSpending(BudgetWindow window, Money limit, Money spent) {}

    /**
     * The status of the last window of {@code chain} (the windows from the budget's first up to the asked
     * one, in order; only the last is read without rollover), as seen on {@code today}.
     */
    public static BudgetStatus of(List<WindowSpending> chain, boolean rollover, LocalDate today) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a status needs its window");
        }
        WindowSpending current = chain.get(chain.size() - 1);
        Money carried = Money.ZERO;
        if (rollover) {
            for (WindowSpending earlier : chain.subList(0, chain.size() - 1)) {
                carried = carried.plus(earlier.limit()).minus(earlier.spent());
            }
        }
        Money available = current.limit().plus(carried);
        Money remaining = available.minus(current.spent());
        long daysLeft = current.window().daysLeft(today);
        Money spendable = Money.ZERO;
        if (daysLeft > 0 && remaining.isPositive()) {
            spendable = Money.of(remaining.amount().divide(BigDecimal.valueOf(daysLeft), 2, RoundingMode.DOWN));
        }
        return new BudgetStatus(current.window(), current.limit(), carried, current.spent(), remaining, spendable,
            daysLeft, percentUsed(available, current.spent()));
    }

    static int percentUsed(Money available, Money spent) {
        if (!available.isPositive()) {
            return spent.isPositive() || available.isNegative() ? 100 : 0;
        }
        if (!spent.isPositive()) {
            return 0;
        }
        return spent.amount().multiply(HUNDRED).divide(available.amount(), 0, RoundingMode.DOWN).intValueExact();
    }

    /** The thresholds (80, 100) this status has reached. */
    public List<Integer> thresholdsReached() {
        return Thresholds.reachedAt(percentUsed);
    }
}
