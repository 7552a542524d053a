package de.cet.ledger.domain.balance;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A cash box never holds less than nothing. Before an entry touching a cash account is booked (or a
 * reversal created), the account's end-of-day balance must stay ≥ 0 on the entry's date and on every
 * later date on which something is booked — a withdrawal back-dated before a deposit is refused even if
 * today's balance would cover it. End-of-day: money received and spent on the same day nets out.
 */
public final class CashBalancePolicy {

    private CashBalancePolicy() {}

    /**
     * @param booked the book's booked entries on this account (others are ignored)
     * @param candidate the entry about to be booked, already in its booked state
     */
    public static void check(Account account, Collection<Transaction> booked, Transaction candidate) {
        if (!account.isCash() || !candidate.effectOn(account.id()).isNegative()) {
            return;
        }
        List<Transaction> all = new ArrayList<>(booked);
        all.removeIf(t -> t.id().equals(candidate.id()));
        all.add(candidate);
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(candidate.date());
        for (Transaction t : all) {
            if (t.date().isAfter(candidate.date()) && !t.effectOn(account.id()).isZero()) {
                days.add(t.date());
            }
        }
        for (LocalDate day : days) {
            Money balance = BalanceCalculator.balanceOf(account, all, day);
            if (balance.isNegative()) {
                throw new LedgerRuleViolation("cash-negative", "The cash account '" + account.name()
                    + "' would hold " + balance + " at the end of " + day + "; a cash box cannot go negative.");
            }
        }
    }
}
