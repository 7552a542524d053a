package de.cet.recurring.domain;

/** How often a recurring entry falls due, before its interval multiplies it. */
public enum Frequency {
    WEEKLY(0),
    MONTHLY(1),
    QUARTERLY(3),
    YEARLY(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** The months one step spans (0 for weekly, which steps by weeks). */
    int months() {
        return months;
    }
}
