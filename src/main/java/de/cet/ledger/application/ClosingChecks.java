package de.cet.ledger.application;

import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.ClosingBlocker;
import de.cet.shared.money.Money;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Further reasons a period cannot be closed, contributed by another context through this one port so that
 * the ledger does not depend on it: the bank import (ADR 0019) blocks a period whose imported statements
 * do not reconcile with the ledger. Called inside the closing transaction, after the ledger's own checks.
 */
public interface ClosingChecks {

    /** @param closingBalances each account's ledger balance at the end of the period */
    List<ClosingBlocker> blockers(UUID bookId, AccountingPeriod period, Map<UUID, Money> closingBalances);
}
