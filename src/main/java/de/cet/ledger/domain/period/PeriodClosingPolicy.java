package de.cet.ledger.domain.period;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.balance.BalanceCalculator;
import de.cet.ledger.domain.common.BookRules;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.ledger.domain.transaction.TransactionStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Decides whether a period may be closed. Blockers: drafts, submitted and approved-but-unbooked entries
 * dated in the period (they would otherwise be frozen half-done), and — when the book requires receipts —
 * booked expenses without a receipt or an Eigenbeleg (possible when the rule was switched on after they
 * were booked), and any earlier period of the book that is still open (booking there later would change
 * this period's closing balances after they were carried forward). Rejected entries do not block: they never count. Bank reconciliation joins this list when
 * statement import exists.
 */
public final class PeriodClosingPolicy {

    private PeriodClosingPolicy() {}

    /**
     * @param entries all entries of the book (any status, any date); those outside the period are ignored
     *                for blockers but count towards the closing balances when dated before the period
     */
    public static PeriodClosingReport evaluate(AccountingPeriod period, Periods periods, Collection<Account> accounts,
                                               Collection<Transaction> entries, BookRules rules) {
        List<ClosingBlocker> blockers = new ArrayList<>();
        periods.all().stream()
            .filter(p -> p.startDate().isBefore(period.startDate()) && !p.isClosed())
            .forEach(p -> blockers.add(new ClosingBlocker(ClosingBlocker.EARLIER_PERIOD_OPEN, null,
                "The earlier period '" + p.name() + "' must be closed first.")));
        entries.stream()
            .filter(t -> period.contains(t.date()))
            .sorted(Comparator.comparing(Transaction::date).thenComparing(t -> t.id().toString()))
            .forEach(t -> {
                if (t.status() == TransactionStatus.DRAFT) {
                    blockers.add(new ClosingBlocker(ClosingBlocker.DRAFT_IN_PERIOD, t.id(),
                        "A draft dated " + t.date() + " must be booked, moved or deleted."));
                } else if (t.status() == TransactionStatus.SUBMITTED) {
                    blockers.add(new ClosingBlocker(ClosingBlocker.SUBMITTED_IN_PERIOD, t.id(),
                        "A submitted entry dated " + t.date() + " awaits approval or rejection."));
                } else if (t.status() == TransactionStatus.APPROVED) {
                    blockers.add(new ClosingBlocker(ClosingBlocker.APPROVED_NOT_BOOKED, t.id(),
                        "An approved entry dated " + t.date() + " has not been booked."));
                } else if (rules.requireReceipt() && t.isBooked() && t.needsReceipt() && !t.hasReceiptOrEigenbeleg()
                        && t.reversedBy() == null) {
                    blockers.add(new ClosingBlocker(ClosingBlocker.MISSING_RECEIPT, t.id(),
                        "A booked expense dated " + t.date() + " has neither a receipt nor an Eigenbeleg."));
                }
            });
        return new PeriodClosingReport(period.id(), blockers,
            BalanceCalculator.balancesByAccount(accounts, entries, period.endDate()));
    }
}
