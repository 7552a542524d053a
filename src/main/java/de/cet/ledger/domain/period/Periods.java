package de.cet.ledger.domain.period;

import de.cet.ledger.domain.common.ClosedPeriodException;
import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.shared.error.ConflictException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All periods of one book, as the policy that keeps them apart and guards closed ones: nothing dated
 * inside a closed period may be created, changed or deleted; booking needs an open period that covers
 * the date.
 */
public final class Periods {

    private final List<AccountingPeriod> periods;

    public Periods(List<AccountingPeriod> periods) {
        this.periods = periods.stream().sorted(Comparator.comparing(AccountingPeriod::startDate)).toList();
    }

    public static Periods of(AccountingPeriod... periods) {
        return new Periods(List.of(periods));
    }

    /** Refuses a new or moved period that overlaps another period of the book. */
    public void requireNoOverlap(AccountingPeriod candidate) {
        for (AccountingPeriod p : periods) {
            if (!p.id().equals(candidate.id()) && p.overlaps(candidate)) {
                throw new ConflictException("period-overlap",
                    "The period overlaps '" + p.name() + "' (" + p.startDate() + " – " + p.endDate() + ").");
            }
        }
    }

    public Optional<AccountingPeriod> periodOf(LocalDate date) {
        return periods.stream().filter(p -> p.contains(date)).findFirst();
    }

    /**
     * The period a screen shows for {@code date}: the one containing it; between two periods or after the
     * last, the latest that ended before it (a new year before its period exists shows the old one); before
     * the first, the first. Empty only for a book without periods.
     */
    public Optional<AccountingPeriod> nearest(LocalDate date) {
        Optional<AccountingPeriod> containing = periodOf(date);
        if (containing.isPresent()) {
            return containing;
        }
        AccountingPeriod latestBefore = null;
        for (AccountingPeriod p : periods) {
            if (p.endDate().isBefore(date)) {
                latestBefore = p;
            }
        }
        return latestBefore != null ? Optional.of(latestBefore) : periods.stream().findFirst();
    }

    /** Creating, changing or deleting something dated {@code date}: refused inside a closed period. */
    public void requireNotClosed(LocalDate date) {
        periodOf(date).filter(AccountingPeriod::isClosed).ifPresent(p -> {
            throw new ClosedPeriodException(date, p.name());
        });
    }

    /** Booking or reversing on {@code date}: it must lie in an open period of the book. */
    public AccountingPeriod requireOpen(LocalDate date) {
        requireNotClosed(date);
        return periodOf(date).orElseThrow(() -> new LedgerRuleViolation("no-period",
            "No accounting period covers " + date + "; create the period first."));
    }

    /** The period that starts right after {@code period}, which receives its closing balances. */
    public Optional<AccountingPeriod> next(AccountingPeriod period) {
        return periods.stream().filter(p -> p.startDate().isAfter(period.endDate())).findFirst();
    }

    public List<AccountingPeriod> all() {
        return periods;
    }
}
