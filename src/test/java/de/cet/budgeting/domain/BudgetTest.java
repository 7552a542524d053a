package de.cet.budgeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Budgets: windows, chains, a limit changed mid-month, the period cadence and what is refused. */
class BudgetTest {

    static final UUID BOOK = UUID.randomUUID();
    static final UUID CATEGORY = UUID.randomUUID();
    static final UUID USER = UUID.randomUUID();
    static final List<BudgetWindow> NO_PERIODS = List.of();
    static final BudgetWindow Y2026 = new BudgetWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    static final BudgetWindow Y2027A = new BudgetWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 14));
    static final BudgetWindow Y2027B = new BudgetWindow(LocalDate.of(2027, 6, 15), LocalDate.of(2027, 12, 31));
    static final List<BudgetWindow> PERIODS = List.of(Y2026, Y2027A, Y2027B);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Budget monthly(String limit, boolean rollover, String startsOn) {
        return Budget.create(UUID.randomUUID(), BOOK, new Budget.Content(CATEGORY, " Groceries ", "🛒", "#4CAF50",
            Money.of(limit), null, rollover, d(startsOn)), NO_PERIODS, USER, Instant.parse("2026-01-01T00:00:00Z"));
    }

    static Budget.Content limit(String amount) {
        return new Budget.Content(null, null, null, null, Money.of(amount), null, null, null);
    }

    @Test
    void aNewBudgetIsMonthlyWithoutRolloverAndItsNameTrimmed() {
        Budget b = Budget.create(UUID.randomUUID(), BOOK, new Budget.Content(CATEGORY, " Groceries ", null, null,
            Money.of("400.00"), null, null, d("2026-03-15")), NO_PERIODS, USER, Instant.EPOCH);
        assertEquals(Cadence.MONTHLY, b.cadence());
        assertFalse(b.rollover());
        assertEquals("Groceries", b.name());
        assertEquals(0, b.version());
        assertEquals(Map.of(d("2026-03-01"), Money.of("400.00")), b.limits().asMap());
        assertEquals(BOOK, b.bookId());
        assertEquals(CATEGORY, b.categoryId());
        assertEquals(USER, b.createdBy());
        assertEquals(Instant.EPOCH, b.createdAt());
    }

    @Test
    void missingAndWrongFieldsAreReportedTogether() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Budget.create(UUID.randomUUID(), BOOK,
            new Budget.Content(null, " ", null, null, null, null, null, null), NO_PERIODS, USER, Instant.EPOCH));
        assertEquals(List.of("categoryId", "limit", "startsOn", "name"), e.errors().stream().map(f -> f.field()).toList());
        InvalidInputException negative = assertThrows(InvalidInputException.class, () -> monthly("-0.01", false, "2026-03-01"));
        assertEquals("limit", negative.errors().get(0).field());
        InvalidInputException longName = assertThrows(InvalidInputException.class, () -> Budget.create(UUID.randomUUID(), BOOK,
            new Budget.Content(CATEGORY, "x".repeat(101), null, null, Money.ZERO, null, null, d("2026-03-01")), NO_PERIODS,
            USER, Instant.EPOCH));
        assertEquals("name", longName.errors().get(0).field());
    }

    @Test
    void theFirstWindowIsTheWholeMonthOfTheStartAndEarlierDaysHaveNone() {
        Budget b = monthly("400.00", false, "2026-03-15");
        assertEquals(List.of(BudgetWindow.monthOf(d("2026-03-02"))), b.chain(d("2026-03-02"), NO_PERIODS));
        assertEquals(List.of(), b.chain(d("2026-02-28"), NO_PERIODS));
        assertTrue(b.window(d("2026-02-28"), NO_PERIODS).isEmpty());
        // without rollover only the asked window counts
        assertEquals(List.of(BudgetWindow.monthOf(d("2026-07-01"))), b.chain(d("2026-07-31"), NO_PERIODS));
    }

    @Test
    void withRolloverTheChainRunsFromTheFirstMonthAcrossTheYearEnd() {
        Budget b = monthly("400.00", true, "2026-11-20");
        List<BudgetWindow> chain = b.chain(d("2027-01-31"), NO_PERIODS);
        assertEquals(List.of(d("2026-11-01"), d("2026-12-01"), d("2027-01-01")), chain.stream().map(BudgetWindow::start).toList());
        assertEquals(d("2027-01-31"), chain.get(2).end());
    }

    @Test
    void aLimitChangedMidMonthHoldsForTheWholeMonthAndAfterButNotBefore() {
        Budget b = monthly("400.00", true, "2026-01-01");
        assertTrue(b.edit(limit("500.00"), d("2026-03-17"), NO_PERIODS));
        assertEquals(1, b.version());
        assertEquals(Money.of("400.00"), b.limitFor(d("2026-02-01")));
        assertEquals(Money.of("500.00"), b.limitFor(d("2026-03-01")));
        assertEquals(Money.of("500.00"), b.limitFor(d("2026-09-01")));
        assertEquals(Money.of("500.00"), b.limitOn(d("2026-03-31"), NO_PERIODS));
        // changed again the same month: replaces, does not stack
        assertTrue(b.edit(limit("450.00"), d("2026-03-20"), NO_PERIODS));
        assertEquals(Map.of(d("2026-01-01"), Money.of("400.00"), d("2026-03-01"), Money.of("450.00")), b.limits().asMap());
        // the same limit again changes nothing
        assertFalse(b.edit(limit("450.00"), d("2026-03-21"), NO_PERIODS));
        assertEquals(2, b.version());
        // a change in May supersedes nothing before it
        assertTrue(b.edit(limit("300.00"), d("2026-05-02"), NO_PERIODS));
        assertEquals(Money.of("450.00"), b.limitFor(d("2026-04-01")));
        assertEquals(Money.of("300.00"), b.limitFor(d("2026-05-01")));
        // a change dated before later changes drops them (the new one holds from its window on)
        assertTrue(b.edit(limit("350.00"), d("2026-04-10"), NO_PERIODS));
        assertEquals(Money.of("350.00"), b.limitFor(d("2026-05-01")));
        // a window before the first change has the first limit
        assertEquals(Money.of("400.00"), b.limitFor(d("2025-12-01")));
    }

    @Test
    void aLimitChangedBeforeTheBudgetStartsHoldsFromItsFirstWindow() {
        Budget b = monthly("400.00", false, "2026-06-01");
        assertTrue(b.edit(limit("250.00"), d("2026-04-10"), NO_PERIODS));
        assertEquals(Map.of(d("2026-06-01"), Money.of("250.00")), b.limits().asMap());
    }

    @Test
    void everyFieldCanBeChangedAndUnchangedFieldsKeepTheirValue() {
        Budget b = monthly("400.00", false, "2026-01-01");
        UUID other = UUID.randomUUID();
        assertTrue(b.edit(new Budget.Content(other, "Food", "🍎", "#112233", null, null, true, d("2026-02-01")),
            d("2026-03-01"), NO_PERIODS));
        assertEquals(other, b.categoryId());
        assertEquals("Food", b.name());
        assertEquals("🍎", b.emoji());
        assertEquals("#112233", b.color());
        assertTrue(b.rollover());
        assertEquals(d("2026-02-01"), b.startsOn());
        assertEquals(1, b.version());
        assertFalse(b.edit(new Budget.Content(other, "Food", "🍎", "#112233", null, null, true, d("2026-02-01")),
            d("2026-03-01"), NO_PERIODS));
        assertFalse(b.edit(new Budget.Content(null, null, null, null, null, null, null, null), d("2026-03-01"), NO_PERIODS));
        assertThrows(InvalidInputException.class,
            () -> b.edit(new Budget.Content(null, "", null, null, null, null, null, null), d("2026-03-01"), NO_PERIODS));
        assertThrows(InvalidInputException.class, () -> b.edit(limit("-1.00"), d("2026-03-01"), NO_PERIODS));
    }

    @Test
    void aPeriodBudgetHasTheBookPeriodsAsWindowsAndTheirChain() {
        Budget b = Budget.create(UUID.randomUUID(), BOOK, new Budget.Content(CATEGORY, "Travel", null, null,
            Money.of("1200.00"), Cadence.PERIOD, true, d("2026-05-01")), PERIODS, USER, Instant.EPOCH);
        assertEquals(Map.of(d("2026-01-01"), Money.of("1200.00")), b.limits().asMap());
        assertEquals(Y2026, b.window(d("2026-02-01"), PERIODS).orElseThrow());
        assertEquals(List.of(Y2026, Y2027A, Y2027B), b.chain(d("2027-07-01"), PERIODS));
        assertEquals(List.of(), b.chain(d("2028-01-01"), PERIODS)); // in no period
        assertTrue(b.edit(limit("600.00"), d("2027-06-20"), PERIODS));
        assertEquals(Money.of("1200.00"), b.limitFor(Y2027A.start()));
        assertEquals(Money.of("600.00"), b.limitFor(Y2027B.start()));
        // a limit changed on a day in no period holds from that day's window on, i.e. from that day
        Budget c = Budget.create(UUID.randomUUID(), BOOK, new Budget.Content(CATEGORY, "Travel", null, null,
            Money.of("10.00"), Cadence.PERIOD, false, d("2026-05-01")), PERIODS, USER, Instant.EPOCH);
        assertTrue(c.edit(limit("20.00"), d("2028-02-01"), PERIODS));
        assertEquals(Money.of("20.00"), c.limitFor(d("2028-02-01")));
        assertEquals(Money.of("10.00"), c.limitFor(Y2027B.start()));
        // periods before the start are not the budget's
        Budget late = Budget.create(UUID.randomUUID(), BOOK, new Budget.Content(CATEGORY, "Travel", null, null,
            Money.of("10.00"), Cadence.PERIOD, true, d("2027-03-01")), PERIODS, USER, Instant.EPOCH);
        assertTrue(late.window(d("2026-06-01"), PERIODS).isEmpty());
        assertEquals(List.of(Y2027A, Y2027B), late.chain(d("2027-12-01"), PERIODS));
        // a book without periods: the first window starts with the budget
        Budget none = Budget.create(UUID.randomUUID(), BOOK, new Budget.Content(CATEGORY, "Travel", null, null,
            Money.of("10.00"), Cadence.PERIOD, false, d("2027-03-01")), NO_PERIODS, USER, Instant.EPOCH);
        assertEquals(Map.of(d("2027-03-01"), Money.of("10.00")), none.limits().asMap());
    }

    @Test
    void aNewCadenceStartsTheLimitHistoryOver() {
        Budget b = monthly("400.00", false, "2026-01-01");
        b.edit(limit("500.00"), d("2026-03-10"), NO_PERIODS);
        assertTrue(b.edit(new Budget.Content(null, null, null, null, null, Cadence.PERIOD, null, null), d("2026-04-01"), PERIODS));
        assertEquals(Cadence.PERIOD, b.cadence());
        assertEquals(Map.of(d("2026-01-01"), Money.of("500.00")), b.limits().asMap());
        assertTrue(b.edit(new Budget.Content(null, null, null, null, Money.of("5000.00"), Cadence.MONTHLY, null, null),
            d("2026-04-01"), PERIODS));
        assertEquals(Map.of(d("2026-01-01"), Money.of("5000.00")), b.limits().asMap());
    }

    @Test
    void restoredBudgetsAreAsStoredAndALimitHistoryIsNeverEmpty() {
        LimitHistory limits = LimitHistory.restore(Map.of(d("2026-01-01"), Money.of("1.00")));
        Budget b = Budget.restore(UUID.randomUUID(), BOOK, CATEGORY, "n", "e", "#000000", Cadence.MONTHLY, true,
            d("2026-01-01"), limits, 7, USER, Instant.EPOCH);
        assertEquals(7, b.version());
        assertEquals("e", b.emoji());
        assertEquals("#000000", b.color());
        assertTrue(b.rollover());
        assertThrows(IllegalArgumentException.class, () -> LimitHistory.restore(Map.of()));
        assertThrows(NullPointerException.class, () -> Budget.restore(null, BOOK, CATEGORY, "n", null, null,
            Cadence.MONTHLY, false, d("2026-01-01"), limits, 0, USER, Instant.EPOCH));
    }

    @Test
    void householdsStartWithTwoBudgetsAndOtherKindsWithNone() {
        assertEquals(2, BudgetDefaults.forBookKind("HOUSEHOLD").size());
        assertEquals("Groceries", BudgetDefaults.forBookKind("HOUSEHOLD").get(0).categoryName());
        assertEquals(List.of(), BudgetDefaults.forBookKind("CAUCUS"));
        assertEquals(List.of(), BudgetDefaults.forBookKind("GROUP"));
        assertEquals(List.of(80, 100), Thresholds.ALL);
        assertEquals(List.of(), Thresholds.reachedAt(0));
    }
}
