package de.cet.ledger.domain.period;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Periods of a book; the carried-forward closing balances are stored with the closed period. */
public interface PeriodRepository {
    Optional<AccountingPeriod> find(UUID bookId, UUID periodId);
    List<AccountingPeriod> ofBook(UUID bookId);
    void save(AccountingPeriod period);
    void saveClosingBalances(PeriodClosingReport report);
}
