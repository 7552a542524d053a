package de.cet.importing.domain;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;

/**
 * An account's statement balance against its ledger balance at the end of a day.
 *
 * @param statementBalance null when no imported statement with balances reaches back to the day
 * @param difference       statement − ledger; null without a statement balance
 */
public record Reconciliation(LocalDate date, Money statementBalance, Money ledgerBalance, Money difference,
                             long unmatchedLines) {

    /** An imported statement's balances: the opening one and the end of each day with entries. */
    public record StatementBalances(UUID statementId, LocalDate from, LocalDate to, Money opening,
                                    SortedMap<LocalDate, Money> dayBalances) {}

    public static Reconciliation of(LocalDate date, List<StatementBalances> statements, Money ledgerBalance,
                                    long unmatchedLines) {
        Optional<Money> statement = balanceAt(date, statements);
        return new Reconciliation(date, statement.orElse(null), ledgerBalance,
            statement.map(s -> s.minus(ledgerBalance)).orElse(null), unmatchedLines);
    }

    /** Reconciled: there is a statement balance and it equals the ledger's. */
    public boolean reconciled() {
        return difference != null && difference.isZero();
    }

    /**
     * The bank's balance at the end of {@code date}: from the latest statement (with balances) that began on
     * or before the day, its last day balance up to the day, else its opening balance.
     */
    public static Optional<Money> balanceAt(LocalDate date, List<StatementBalances> statements) {
        return statements.stream()
            .filter(s -> s.opening() != null && !s.from().isAfter(date))
            .max(Comparator.comparing(StatementBalances::from).thenComparing(StatementBalances::to))
            .map(s -> {
                SortedMap<LocalDate, Money> upTo = s.dayBalances().headMap(date.plusDays(1));
                return upTo.isEmpty() ? s.opening() : upTo.get(upTo.lastKey());
            });
    }
}
