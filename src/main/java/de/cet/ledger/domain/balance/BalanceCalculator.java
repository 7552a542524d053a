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
 * Balances from the opening balance and the booked entries ({@link Transaction#effectOn}): the Java half
 * of the one money rule, whose SQL half is {@code ledger_balances} (V100); {@code LedgerRuleParityTest}
 * holds them equal. The opening balance is held from the start of the opening date on, so before it an
 * account holds 0.00 (entries cannot be dated before it) and at the start of that day it holds the
 * opening balance.
 */
public final class BalanceCalculator {

    private BalanceCalculator() {}

    /** At the end of {@code asOf}: everything dated up to and including that day. */
    public static Money balanceOf(Account account, Collection<Transaction> entries, LocalDate asOf) {
        return balance(account, entries, asOf, false);
    }

    /** At the start of {@code day}: what is dated before it, and the opening balance from its date on. */
    public static Money balanceAtStartOf(Account account, Collection<Transaction> entries, LocalDate day) {
        return balance(account, entries, day, true);
    }

    private static Money balance(Account account, Collection<Transaction> entries, LocalDate day, boolean atStart) {
        Money balance = account.openingDate().isAfter(day) ? Money.ZERO : account.openingBalance();
        for (Transaction t : entries) {
            if (atStart ? t.date().isBefore(day) : !t.date().isAfter(day)) {
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
