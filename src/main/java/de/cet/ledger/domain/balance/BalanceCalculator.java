package de.cet.ledger.domain.balance;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.account.Fund;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Balances at the end of a given day, from the opening balance and the booked entries up to and
 * including that day. Expense −, income +, transfer − on the source and + on the target; an advance
 * moves no money until it is reimbursed; a reversal counts with its own (opposite) effect. Before its
 * opening date an account has no balance (zero).
 */
public final class BalanceCalculator {

    private BalanceCalculator() {}

    public static Money balanceOf(Account account, Collection<Transaction> entries, LocalDate asOf) {
        if (asOf.isBefore(account.openingDate())) {
            return Money.ZERO;
        }
        Money balance = account.openingBalance();
        for (Transaction t : entries) {
            if (!t.date().isAfter(asOf)) {
                balance = balance.plus(t.effectOn(account.id()));
            }
        }
        return balance;
    }

    public static Map<UUID, Money> balancesByAccount(Collection<Account> accounts, Collection<Transaction> entries,
                                                     LocalDate asOf) {
        Map<UUID, Money> result = new LinkedHashMap<>();
        for (Account account : accounts) {
            result.put(account.id(), balanceOf(account, entries, asOf));
        }
        return result;
    }

    /** Both funds always appear, zero when the book has no account of that fund. */
    public static Map<Fund, Money> balancesByFund(Collection<Account> accounts, Collection<Transaction> entries,
                                                  LocalDate asOf) {
        Map<Fund, Money> result = new EnumMap<>(Fund.class);
        for (Fund fund : Fund.values()) {
            result.put(fund, Money.ZERO);
        }
        for (Account account : accounts) {
            result.merge(account.fund(), balanceOf(account, entries, asOf), Money::plus);
        }
        return result;
    }
}
