package de.cet.ledger.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A date range cut where the kept aggregates (ADR 0008, one row per month) can answer it: the whole months
 * inside it, {@code wholeFrom} (inclusive) to {@code wholeUntil} (exclusive), null meaning unbounded, and the
 * at most two partial months at its edges, which are counted from the entries. The SQL twin is
 * {@code ledger_effect_sums} (V101).
 */
record MonthSplit(boolean hasWholeMonths, LocalDate wholeFrom, LocalDate wholeUntil, List<Range> edges) {

    /** Days {@code from}..{@code to}, both inclusive. */
    record Range(LocalDate from, LocalDate to) {}

    static MonthSplit of(LocalDate from, LocalDate to) {
        LocalDate wholeFrom = from == null || from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate wholeUntil = to == null ? null
            : to.getDayOfMonth() == to.lengthOfMonth() ? to.plusDays(1) : to.withDayOfMonth(1);
        List<Range> edges = new ArrayList<>();
        if (wholeFrom != null && wholeUntil != null && !wholeFrom.isBefore(wholeUntil)) {
            if (!from.isAfter(to)) {
                edges.add(new Range(from, to));
            }
            return new MonthSplit(false, null, null, edges);
        }
        if (from != null && from.isBefore(wholeFrom)) {
            edges.add(new Range(from, wholeFrom.minusDays(1)));
        }
        if (to != null && !wholeUntil.isAfter(to)) {
            edges.add(new Range(wholeUntil, to));
        }
        return new MonthSplit(true, wholeFrom, wholeUntil, List.copyOf(edges));
    }
}
