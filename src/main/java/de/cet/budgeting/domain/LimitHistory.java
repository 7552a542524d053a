package de.cet.budgeting.domain;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A budget's limit over time: each amount holds from the window starting on its date until the next one.
 * A limit changed mid-window applies to that whole window and the ones after it; earlier windows keep
 * theirs, so what they carried over does not change after the fact.
 */
public final class LimitHistory {

    private final NavigableMap<LocalDate, Money> limits;

    private LimitHistory(NavigableMap<LocalDate, Money> limits) {
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("a budget has a limit");
        }
        this.limits = limits;
    }

    public static LimitHistory starting(LocalDate windowStart, Money limit) {
        NavigableMap<LocalDate, Money> map = new TreeMap<>();
        map.put(windowStart, limit);
        return new LimitHistory(map);
    }

    public static LimitHistory restore(Map<LocalDate, Money> limits) {
        return new LimitHistory(new TreeMap<>(limits));
    }

    /** The limit of the window starting {@code windowStart}; a window before the first change has the first limit. */
    public Money limitFor(LocalDate windowStart) {
        Map.Entry<LocalDate, Money> entry = limits.floorEntry(windowStart);
        return entry != null ? entry.getValue() : limits.firstEntry().getValue();
    }

    /** The limit from the window starting {@code windowStart} on; later changes are superseded by it. */
    LimitHistory changedFrom(LocalDate windowStart, Money limit) {
        NavigableMap<LocalDate, Money> map = new TreeMap<>(limits.headMap(windowStart, false));
        map.put(windowStart, limit);
        return new LimitHistory(map);
    }

    public Map<LocalDate, Money> asMap() {
        return Collections.unmodifiableMap(limits);
    }
}
