package de.cet.importing.domain.format;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One account statement: the account it belongs to (when the file says), its period, its opening and
 * closing balance (when the file has them: CAMT and MT940 do, CSV exports mostly do not) and its entries
 * in file order.
 */
public record Statement(StatementFormat format, String iban, LocalDate from, LocalDate to, Money openingBalance,
                        Money closingBalance, List<StatementEntry> entries) {
    public Statement {
        Objects.requireNonNull(format, "format");
        entries = List.copyOf(entries);
        iban = iban == null || iban.isBlank() ? null : iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (from == null) {
            from = entries.stream().map(StatementEntry::bookingDate).min(Comparator.naturalOrder()).orElse(to);
        }
        if (to == null) {
            to = entries.stream().map(StatementEntry::bookingDate).max(Comparator.naturalOrder()).orElse(from);
        }
        if (from == null) {
            throw new StatementFileException("The statement has neither a period nor any entry.");
        }
        if (to.isBefore(from)) {
            throw new StatementFileException("The statement ends (" + to + ") before it starts (" + from + ").");
        }
        if (openingBalance != null && closingBalance != null) {
            Money sum = entries.stream().filter(e -> !e.pending()).map(StatementEntry::amount).reduce(openingBalance, Money::plus);
            if (!sum.equals(closingBalance)) {
                throw new StatementFileException("The statement from " + from + " to " + to
                    + ": opening balance and entries do not add up to the closing balance.");
            }
        }
    }

    /**
     * The balance at the end of each day with booked entries, from the opening balance on; empty when the
     * statement has no opening balance (a CSV export).
     */
    public SortedMap<LocalDate, Money> dayBalances() {
        SortedMap<LocalDate, Money> out = new TreeMap<>();
        if (openingBalance == null) {
            return out;
        }
        SortedMap<LocalDate, Money> moves = new TreeMap<>();
        for (StatementEntry e : booked()) {
            moves.merge(e.bookingDate(), e.amount(), Money::plus);
        }
        Money running = openingBalance;
        for (var m : moves.entrySet()) {
            running = running.plus(m.getValue());
            out.put(m.getKey(), running);
        }
        return out;
    }

    /** Booked entries only: pending ones are announcements. */
    public List<StatementEntry> booked() {
        return entries.stream().filter(e -> !e.pending()).toList();
    }

    public long pendingCount() {
        return entries.stream().filter(StatementEntry::pending).count();
    }
}
