package de.cet.importing.application;

import de.cet.importing.domain.Reconciliation;
import de.cet.ledger.application.ClosingChecks;
import de.cet.ledger.application.LedgerAccess;
import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.ClosingBlocker;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Statement balance against ledger balance per account and day; and, as the ledger's {@link ClosingChecks},
 * the blocker that keeps a period open while an account with imported statements does not reconcile at
 * the period's end.
 */
@ApplicationScoped
public class ReconciliationService implements ClosingChecks {

    private final LedgerAccess access;
    private final ImportStore store;
    private final ImportService imports;
    private final Clock clock;

    ReconciliationService(LedgerAccess access, ImportStore store, ImportService imports, Clock clock) {
        this.access = access;
        this.store = store;
        this.imports = imports;
        this.clock = clock;
    }

    @Transactional
    public Reconciliation get(UUID bookId, UUID userId, UUID accountId, LocalDate date) {
        access.auditReader(bookId, userId);
        imports.account(bookId, accountId);
        LocalDate day = date != null ? date : LocalDate.now(clock);
        return Reconciliation.of(day, store.statementBalances(bookId, accountId),
            store.ledgerBalance(bookId, accountId, day), store.unmatchedLines(bookId, accountId, day));
    }

    @Override
    public List<ClosingBlocker> blockers(UUID bookId, AccountingPeriod period, Map<UUID, Money> closingBalances) {
        List<ClosingBlocker> out = new ArrayList<>();
        Map<UUID, Account> accounts = access.context(bookId).accounts();
        for (UUID accountId : store.accountsWithStatements(bookId)) {
            Money ledger = closingBalances.getOrDefault(accountId, Money.ZERO);
            Reconciliation r = Reconciliation.of(period.endDate(), store.statementBalances(bookId, accountId), ledger, 0);
            if (r.statementBalance() != null && !r.reconciled()) {
                Account a = accounts.get(accountId);
                out.add(new ClosingBlocker(ClosingBlocker.BANK_NOT_RECONCILED, null, "The account '"
                    + (a == null ? accountId : a.name()) + "' does not reconcile on " + period.endDate()
                    + ": the bank statement says " + r.statementBalance() + ", the ledger " + ledger
                    + " (difference " + r.difference() + ").", accountId));
            }
        }
        return out;
    }
}
