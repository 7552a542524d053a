package de.cet.recurring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Due dates across month ends, leap years, intervals, starts and ends. */
class ScheduleTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static List<LocalDate> ds(String... iso) {
        return Stream.of(iso).map(LocalDate::parse).toList();
    }

    static Schedule monthly(Integer day, String startsOn) {
        return Schedule.of(Frequency.MONTHLY, null, day, d(startsOn), null);
    }

    @Test
    void theThirtyFirstFallsOnEachMonthsLastDayAndReturnsToTheThirtyFirst() {
        Schedule s = monthly(31, "2026-01-01");
        assertEquals(ds("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30"),
            s.dueDates(d("2026-01-01"), d("2026-06-30")));
    }

    @Test
    void inALeapYearFebruaryEndsOnTheTwentyNinth() {
        Schedule s = monthly(31, "2028-01-15");
        assertEquals(ds("2028-01-31", "2028-02-29", "2028-03-31"), s.dueDates(d("2028-01-01"), d("2028-03-31")));
        Schedule thirtieth = monthly(30, "2028-01-01");
        assertEquals(ds("2028-01-30", "2028-02-29", "2028-03-30"), thirtieth.dueDates(d("2028-01-01"), d("2028-03-31")));
    }

    @Test
    void aYearlyDateOnTheLeapDayFallsOnTheTwentyEighthInOtherYears() {
        Schedule s = Schedule.of(Frequency.YEARLY, 1, null, d("2028-02-29"), null);
        assertEquals(ds("2028-02-29", "2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29"),
            s.dueDates(d("2028-01-01"), d("2032-12-31")));
    }

    @Test
    void withoutADayOfMonthTheDayOfTheStartIsKept() {
        Schedule s = monthly(null, "2026-01-31");
        assertEquals(ds("2026-01-31", "2026-02-28", "2026-03-31"), s.dueDates(d("2026-01-01"), d("2026-03-31")));
    }

    @Test
    void aFirstDateBeforeTheStartIsSkipped() {
        Schedule s = monthly(1, "2026-01-15");
        assertEquals(ds("2026-02-01", "2026-03-01"), s.dueDates(d("2025-12-01"), d("2026-03-10")));
    }

    @Test
    void weeklyEveryIntervalWeeksOnTheWeekdayOfTheStart() {
        Schedule s = Schedule.of(Frequency.WEEKLY, 2, null, d("2026-12-28"), null); // a Monday
        assertEquals(ds("2026-12-28", "2027-01-11", "2027-01-25", "2027-02-08"), s.dueDates(d("2026-12-01"), d("2027-02-10")));
        // asked from the middle, the series is not shifted
        assertEquals(ds("2027-01-25", "2027-02-08"), s.dueDates(d("2027-01-20"), d("2027-02-10")));
    }

    @Test
    void quarterlyAndIntervalsCountFromTheStartMonth() {
        Schedule q = Schedule.of(Frequency.QUARTERLY, null, 31, d("2026-01-10"), null);
        assertEquals(ds("2026-01-31", "2026-04-30", "2026-07-31", "2026-10-31", "2027-01-31"),
            q.dueDates(d("2026-01-01"), d("2027-01-31")));
        Schedule everyOther = Schedule.of(Frequency.MONTHLY, 2, 15, d("2026-11-15"), null);
        assertEquals(ds("2026-11-15", "2027-01-15", "2027-03-15"), everyOther.dueDates(d("2026-11-01"), d("2027-04-30")));
        // far into the series: the same dates as counting from the start
        assertEquals(ds("2036-11-15"), everyOther.dueDates(d("2036-10-01"), d("2036-12-31")));
        Schedule biennial = Schedule.of(Frequency.YEARLY, 2, null, d("2026-03-01"), null);
        assertEquals(ds("2026-03-01", "2028-03-01", "2030-03-01"), biennial.dueDates(d("2026-01-01"), d("2031-12-31")));
    }

    @Test
    void noDateAfterTheEndAndNoneForAnEmptyRange() {
        Schedule s = Schedule.of(Frequency.MONTHLY, 1, 5, d("2026-01-05"), d("2026-03-05"));
        assertEquals(ds("2026-01-05", "2026-02-05", "2026-03-05"), s.dueDates(d("2026-01-01"), d("2026-12-31")));
        assertEquals(List.of(), s.dueDates(d("2026-04-01"), d("2026-12-31")));
        assertEquals(List.of(), s.dueDates(d("2026-02-10"), d("2026-02-01")));
        assertEquals(Optional.empty(), s.nextAfter(d("2026-03-05")));
        assertEquals(Optional.of(d("2026-03-05")), s.nextAfter(d("2026-02-05")));
    }

    @Test
    void theNextDateAfterADay() {
        Schedule s = monthly(31, "2026-01-01");
        assertEquals(Optional.of(d("2026-01-31")), s.nextAfter(d("2025-06-01")));
        assertEquals(Optional.of(d("2026-02-28")), s.nextAfter(d("2026-01-31")));
        assertEquals(Optional.of(d("2026-03-31")), s.nextAfter(d("2026-02-28")));
        Schedule w = Schedule.of(Frequency.WEEKLY, 1, null, d("2026-03-02"), null);
        assertEquals(Optional.of(d("2026-03-09")), w.nextAfter(d("2026-03-02")));
        assertEquals(Optional.of(d("2026-03-02")), w.nextAfter(d("2026-03-01")));
    }

    @Test
    void badSchedulesAreRefusedFieldByField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Schedule.of(null, 0, null, null, null));
        assertEquals(List.of("schedule.frequency", "schedule.interval", "schedule.startsOn"),
            e.errors().stream().map(f -> f.field()).toList());
        assertEquals("schedule.interval", assertThrows(InvalidInputException.class,
            () -> Schedule.of(Frequency.MONTHLY, 100, null, d("2026-01-01"), null)).errors().get(0).field());
        assertEquals("schedule.dayOfMonth", assertThrows(InvalidInputException.class,
            () -> Schedule.of(Frequency.MONTHLY, 1, 32, d("2026-01-01"), null)).errors().get(0).field());
        assertEquals("schedule.dayOfMonth", assertThrows(InvalidInputException.class,
            () -> Schedule.of(Frequency.MONTHLY, 1, 0, d("2026-01-01"), null)).errors().get(0).field());
        assertEquals("schedule.dayOfMonth", assertThrows(InvalidInputException.class,
            () -> Schedule.of(Frequency.WEEKLY, 1, 3, d("2026-01-01"), null)).errors().get(0).field());
        assertEquals("schedule.endsOn", assertThrows(InvalidInputException.class,
            () -> Schedule.of(Frequency.MONTHLY, 1, null, d("2026-01-02"), d("2026-01-01"))).errors().get(0).field());
        assertEquals(1, Schedule.of(Frequency.YEARLY, null, null, d("2026-01-01"), d("2026-01-01")).interval());
    }

    @Test
    void templatesAreCheckedAndTrimmed() {
        UUID account = UUID.randomUUID();
        Template t = Template.of("EXPENSE", Money.of("850.00"), account, null, "  Vermieter ", " ");
        assertEquals(Template.EntryType.EXPENSE, t.type());
        assertEquals("Vermieter", t.counterparty());
        assertEquals(null, t.description());
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> Template.of(null, null, null, null, "x".repeat(201), "y".repeat(2001)));
        assertEquals(List.of("template.type", "template.amount", "template.accountId", "template.counterparty",
            "template.description"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals("template.type", assertThrows(InvalidInputException.class,
            () -> Template.of("TRANSFER", Money.of("1.00"), account, null, null, null)).errors().get(0).field());
        assertEquals("template.amount", assertThrows(InvalidInputException.class,
            () -> Template.of("INCOME", Money.ZERO, account, null, null, null)).errors().get(0).field());
    }

    @Test
    void aRecurringTransactionIsDueAfterWhatWasHandledAndChangesMoveItsVersion() {
        Schedule s = monthly(1, "2026-01-01");
        Template t = Template.of("EXPENSE", Money.of("850.00"), UUID.randomUUID(), null, "Vermieter", "Miete");
        Recurring r = new Recurring(UUID.randomUUID(), UUID.randomUUID(), t, s, false, 0, UUID.randomUUID(), Instant.EPOCH);
        assertEquals(ds("2026-01-01", "2026-02-01", "2026-03-01"), r.dueUpTo(d("2026-03-15"), null));
        assertEquals(ds("2026-03-01"), r.dueUpTo(d("2026-03-15"), d("2026-02-01")));
        assertEquals(List.of(), r.dueUpTo(d("2026-03-15"), d("2026-03-01")));
        assertFalse(r.change(t, s, false));
        assertFalse(r.change(null, null, null));
        assertEquals(0, r.version());
        assertTrue(r.change(null, null, true));
        assertTrue(r.autoBook());
        Template rent = Template.of("EXPENSE", Money.of("900.00"), t.accountId(), null, "Vermieter", "Miete");
        assertTrue(r.change(rent, monthly(3, "2026-01-01"), null));
        assertEquals(2, r.version());
        assertEquals(Money.of("900.00"), r.template().amount());
        assertEquals(Integer.valueOf(3), r.schedule().dayOfMonth());
        assertThrows(NullPointerException.class, () -> new Recurring(null, UUID.randomUUID(), t, s, false, 0,
            UUID.randomUUID(), Instant.EPOCH));
    }
}
