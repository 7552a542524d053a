package de.cet.ledger.domain.period;

import de.cet.shared.money.Money;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The outcome of checking a period for closing: what blocks it, and each account's balance at the end of
 * the period — the opening balances of the next period.
 */
public record PeriodClosingReport(UUID periodId, List<ClosingBlocker> blockers, Map<UUID, Money> closingBalances) {
    public PeriodClosingReport {
        Objects.requireNonNull(periodId, "periodId");
        blockers = List.copyOf(blockers);
        closingBalances = Map.copyOf(closingBalances);
    }

    public boolean canClose() {
        return blockers.isEmpty();
    }

    /** Carried forward unchanged: the next period opens with what this one closed with. */
    public Map<UUID, Money> openingBalancesOfNextPeriod() {
        return closingBalances;
    }
}
