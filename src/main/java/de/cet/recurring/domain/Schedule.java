package de.cet.recurring.domain;

import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a recurring entry falls due.
 *
 * <ul>
 *   <li>WEEKLY: {@code startsOn}, then every {@code interval} weeks on the same weekday; {@code dayOfMonth}
 *       is not used (must be absent).</li>
 *   <li>MONTHLY, QUARTERLY, YEARLY: every {@code interval} × 1, 3 or 12 months counted from the month of
 *       {@code startsOn}, on {@code dayOfMonth} (default: the day of {@code startsOn}). A month that lacks
 *       the day has it on its last day: the 31st falls on 30 April, 28 February, 29 February in a leap
 *       year — and so {@code dayOfMonth} 31 is "the last day of the month". The count keeps the
 *       asked-for day, so after February the 31st is the 31st again. A first date before {@code startsOn}
 *       (dayOfMonth 1, starting on the 15th) is skipped.</li>
 *   <li>No date after {@code endsOn} (when given).</li>
 * </ul>
 */
public record Schedule(Frequency frequency, int interval, Integer dayOfMonth, LocalDate startsOn, LocalDate endsOn) {

    public static final int MAX_INTERVAL = 99;

    /** Checks a schedule as the API sends it; {@code interval} null means 1. */
    public static Schedule of(Frequency frequency, Integer interval, Integer dayOfMonth, LocalDate startsOn,
                              LocalDate endsOn) {
        List<FieldError> errors = new ArrayList<>();
        if (frequency == null) {
            errors.add(new FieldError("schedule.frequency", "is required: WEEKLY, MONTHLY, QUARTERLY or YEARLY"));
        }
        int n = interval == null ? 1 : interval;
        if (n < 1 || n > MAX_INTERVAL) {
            errors.add(new FieldError("schedule.interval", "must be between 1 and " + MAX_INTERVAL));
        }
        if (dayOfMonth != null) {
            if (frequency == Frequency.WEEKLY) {
                errors.add(new FieldError("schedule.dayOfMonth", "is not used by a weekly schedule; leave it out"));
            } else if (dayOfMonth < 1 || dayOfMonth > 31) {
                errors.add(new FieldError("schedule.dayOfMonth", "must be between 1 and 31 (31: the last day of each month)"));
            }
        }
        if (startsOn == null) {
            errors.add(new FieldError("schedule.startsOn", "is required"));
        } else if (endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(new FieldError("schedule.endsOn", "must not be before startsOn"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Schedule(frequency, n, dayOfMonth, startsOn, endsOn);
    }

    /** The due dates from {@code from} to {@code to}, both included, in order. */
    public List<LocalDate> dueDates(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate lower = from.isAfter(startsOn) ? from : startsOn;
        LocalDate upper = endsOn != null && endsOn.isBefore(to) ? endsOn : to;
        if (upper.isBefore(lower)) {
            return out;
        }
        for (long k = firstIndexNotBefore(lower); ; k++) {
            LocalDate date = occurrence(k);
            if (date.isAfter(upper)) {
                return out;
            }
            if (!date.isBefore(lower)) {
                out.add(date);
            }
        }
    }

    /** The first due date after {@code date}, if the schedule has one. */
    public Optional<LocalDate> nextAfter(LocalDate date) {
        for (long k = firstIndexNotBefore(date.plusDays(1)); ; k++) {
            LocalDate d = occurrence(k);
            if (endsOn != null && d.isAfter(endsOn)) {
                return Optional.empty();
            }
            if (d.isAfter(date) && !d.isBefore(startsOn)) {
                return Optional.of(d);
            }
        }
    }

    /** The k-th date of the series (k from 0), before skipping one that falls before {@code startsOn}. */
    LocalDate occurrence(long k) {
        if (frequency == Frequency.WEEKLY) {
            return startsOn.plusWeeks(k * interval);
        }
        YearMonth month = YearMonth.from(startsOn).plusMonths(k * interval * frequency.months());
        int day = dayOfMonth != null ? dayOfMonth : startsOn.getDayOfMonth();
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /** A step index whose date is at most one step before {@code date}: the loops start there instead of at 0. */
    private long firstIndexNotBefore(LocalDate date) {
        if (!date.isAfter(startsOn)) {
            return 0;
        }
        if (frequency == Frequency.WEEKLY) {
            return java.time.temporal.ChronoUnit.WEEKS.between(startsOn, date) / interval;
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(startsOn), YearMonth.from(date));
        return Math.max(0, months / ((long) interval * frequency.months()) - 1);
    }
}
