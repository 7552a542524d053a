package de.cet.budgeting.domain;

import java.util.List;

/** The shares of a budget whose reaching is announced, once per window: 80 % (nearly used up) and 100 %. */
public final class Thresholds {

    public static final List<Integer> ALL = List.of(80, 100);

    private Thresholds() {}

    /** The thresholds at or below {@code percentUsed}, lowest first. */
    public static List<Integer> reachedAt(int percentUsed) {
        return ALL.stream().filter(t -> percentUsed >= t).toList();
    }
}
