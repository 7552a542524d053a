package de.cet.notifications.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** When an open period counts as "about to end": from {@code leadDays} before its last day up to that day. */
public record PeriodEnding(int leadDays) {

    public PeriodEnding {
        if (leadDays < 0) {
            throw new IllegalArgumentException("leadDays must not be negative");
        }
    }

    public boolean isEnding(LocalDate endDate, LocalDate today) {
        if (today.isAfter(endDate)) {
            return false;
        }
        return ChronoUnit.DAYS.between(today, endDate) <= leadDays;
    }

    /** The days left including today (the last day counts: 1 on the last day). */
    public static long daysLeft(LocalDate endDate, LocalDate today) {
        return ChronoUnit.DAYS.between(today, endDate) + 1;
    }
}
