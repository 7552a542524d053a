package de.cet.budgeting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days a limit covers, both ends included. */
public record BudgetWindow(LocalDate start, LocalDate end) {

    public BudgetWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a window ends on or after its start");
        }
    }

    /** The calendar month containing {@code date}. */
    public static BudgetWindow monthOf(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return new BudgetWindow(month.atDay(1), month.atEndOfMonth());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * The days from {@code today} to the end, today included: the whole window before it starts, none after
     * it ended.
     */
    public long daysLeft(LocalDate today) {
        if (today.isBefore(start)) {
            return days();
        }
        if (today.isAfter(end)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(today, end) + 1;
    }

    /** The month window after this one (for a monthly budget's chain). */
    BudgetWindow nextMonth() {
        return monthOf(end.plusDays(1));
    }
}
