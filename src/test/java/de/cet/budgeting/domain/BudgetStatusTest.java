package de.cet.budgeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status arithmetic, moved through a month day by day. */
class BudgetStatusTest {

    static final BudgetWindow MARCH = BudgetWindow.monthOf(LocalDate.of(2026, 3, 17));

    static BudgetStatus.WindowSpending w(BudgetWindow window, String limit, String spent) {
        return new BudgetStatus.WindowSpending(window, Money.of(limit), Money.of(spent));
    }

    static BudgetStatus status(String limit, String spent, LocalDate today) {
        return BudgetStatus.of(List.of(w(MARCH, limit, spent)), false, today);
    }

    @Test
    void onTheFirstDayOfAMonthEveryDayIsLeftAndTheRemainderIsSharedByAll() {
        BudgetStatus s = status("310.00", "0.00", LocalDate.of(2026, 3, 1));
        assertEquals(31, s.daysLeft());
        assertEquals(Money.of("310.00"), s.remaining());
        assertEquals(Money.of("10.00"), s.spendableToday());
        assertEquals(0, s.percentUsed());
        assertEquals(Money.ZERO, s.carriedIn());
        assertEquals(MARCH, s.window());
    }

    @Test
    void onTheLastDayOfAMonthTodayAloneIsLeftAndEverythingRemainingMayBeSpent() {
        BudgetStatus s = status("400.00", "387.66", LocalDate.of(2026, 3, 31));
        assertEquals(1, s.daysLeft());
        assertEquals(Money.of("12.34"), s.remaining());
        assertEquals(Money.of("12.34"), s.spendableToday());
        assertEquals(96, s.percentUsed());
    }

    @Test
    void spendableTodayIsRoundedDownToTheCentNeverUp() {
        // 100.00 over 3 days: 33.333… → 33.33; 0.05 over 3 days: 0.0166… → 0.01; 0.02 over 3 → 0.00
        assertEquals(Money.of("33.33"), status("100.00", "0.00", LocalDate.of(2026, 3, 29)).spendableToday());
        assertEquals(Money.of("0.01"), status("100.00", "99.95", LocalDate.of(2026, 3, 29)).spendableToday());
        assertEquals(Money.of("0.00"), status("100.00", "99.98", LocalDate.of(2026, 3, 29)).spendableToday());
        // 200.00 over 3 days would round half up to 66.67
        assertEquals(Money.of("66.66"), status("200.00", "0.00", LocalDate.of(2026, 3, 29)).spendableToday());
    }

    @Test
    void overspentIsANegativeRemainderButNeverANegativeSpendableToday() {
        BudgetStatus s = status("100.00", "130.00", LocalDate.of(2026, 3, 10));
        assertEquals(Money.of("-30.00"), s.remaining());
        assertEquals(Money.ZERO, s.spendableToday());
        assertEquals(130, s.percentUsed());
        assertEquals(List.of(80, 100), s.thresholdsReached());
    }

    @Test
    void spendingFallsAndRisesDayByDay() {
        // 300.00 in March; 10 days in, 100.00 spent: 200.00 over 22 days = 9.09
        assertEquals(Money.of("9.09"), status("300.00", "100.00", LocalDate.of(2026, 3, 10)).spendableToday());
        // a day later with nothing spent the daily amount rises: 200.00 / 21 = 9.52
        assertEquals(Money.of("9.52"), status("300.00", "100.00", LocalDate.of(2026, 3, 11)).spendableToday());
        // a purchase of 50.00 that day lowers it: 150.00 / 21 = 7.14
        assertEquals(Money.of("7.14"), status("300.00", "150.00", LocalDate.of(2026, 3, 11)).spendableToday());
    }

    @Test
    void februaryHasTwentyEightDaysAndInALeapYearTwentyNine() {
        BudgetWindow feb2026 = BudgetWindow.monthOf(LocalDate.of(2026, 2, 10));
        BudgetWindow feb2028 = BudgetWindow.monthOf(LocalDate.of(2028, 2, 10));
        assertEquals(LocalDate.of(2026, 2, 28), feb2026.end());
        assertEquals(LocalDate.of(2028, 2, 29), feb2028.end());
        assertEquals(28, feb2026.days());
        assertEquals(29, feb2028.days());
        assertEquals(Money.of("10.00"), BudgetStatus.of(List.of(w(feb2026, "280.00", "0.00")), false,
            LocalDate.of(2026, 2, 1)).spendableToday());
        assertEquals(Money.of("9.65"), BudgetStatus.of(List.of(w(feb2028, "280.00", "0.00")), false,
            LocalDate.of(2028, 2, 1)).spendableToday());
        // the leap day itself is the last day
        assertEquals(1, BudgetStatus.of(List.of(w(feb2028, "280.00", "0.00")), false, LocalDate.of(2028, 2, 29)).daysLeft());
    }

    @Test
    void aWindowNotStartedHasAllItsDaysAndOneOverHasNone() {
        BudgetStatus before = status("310.00", "0.00", LocalDate.of(2026, 2, 20));
        assertEquals(31, before.daysLeft());
        assertEquals(Money.of("10.00"), before.spendableToday());
        BudgetStatus after = status("310.00", "10.00", LocalDate.of(2026, 4, 2));
        assertEquals(0, after.daysLeft());
        assertEquals(Money.ZERO, after.spendableToday());
        assertEquals(Money.of("300.00"), after.remaining());
    }

    @Test
    void aPositiveRolloverCarriesWhatEarlierMonthsLeft() {
        BudgetWindow jan = BudgetWindow.monthOf(LocalDate.of(2026, 1, 1));
        BudgetWindow feb = BudgetWindow.monthOf(LocalDate.of(2026, 2, 1));
        List<BudgetStatus.WindowSpending> chain = List.of(w(jan, "100.00", "60.00"), w(feb, "100.00", "90.00"),
            w(MARCH, "100.00", "20.00"));
        BudgetStatus s = BudgetStatus.of(chain, true, LocalDate.of(2026, 3, 1));
        assertEquals(Money.of("50.00"), s.carriedIn());
        assertEquals(Money.of("130.00"), s.remaining());
        assertEquals(13, s.percentUsed()); // 20 of 150
        assertEquals(Money.of("4.19"), s.spendableToday()); // 130 / 31 = 4.193…
        // without rollover the same months carry nothing
        BudgetStatus plain = BudgetStatus.of(chain, false, LocalDate.of(2026, 3, 1));
        assertEquals(Money.ZERO, plain.carriedIn());
        assertEquals(Money.of("80.00"), plain.remaining());
    }

    @Test
    void aNegativeRolloverEatsIntoTheNextMonth() {
        BudgetWindow feb = BudgetWindow.monthOf(LocalDate.of(2026, 2, 1));
        BudgetStatus s = BudgetStatus.of(List.of(w(feb, "100.00", "160.00"), w(MARCH, "100.00", "0.00")), true,
            LocalDate.of(2026, 3, 1));
        assertEquals(Money.of("-60.00"), s.carriedIn());
        assertEquals(Money.of("40.00"), s.remaining());
        assertEquals(0, s.percentUsed());
        // overspent by more than a whole limit: nothing is available, and that counts as used up
        BudgetStatus deep = BudgetStatus.of(List.of(w(feb, "100.00", "250.00"), w(MARCH, "100.00", "0.00")), true,
            LocalDate.of(2026, 3, 1));
        assertEquals(Money.of("-50.00"), deep.remaining());
        assertEquals(100, deep.percentUsed());
        assertEquals(Money.ZERO, deep.spendableToday());
    }

    @Test
    void percentUsedIsRoundedDownSoAThresholdIsReachedOnlyWhenItIs() {
        assertEquals(79, status("100.00", "79.99", LocalDate.of(2026, 3, 1)).percentUsed());
        assertEquals(List.of(), status("100.00", "79.99", LocalDate.of(2026, 3, 1)).thresholdsReached());
        assertEquals(List.of(80), status("100.00", "80.00", LocalDate.of(2026, 3, 1)).thresholdsReached());
        assertEquals(List.of(80), status("100.00", "99.99", LocalDate.of(2026, 3, 1)).thresholdsReached());
        assertEquals(List.of(80, 100), status("100.00", "100.00", LocalDate.of(2026, 3, 1)).thresholdsReached());
    }

    @Test
    void aZeroLimitIsUnusedUntilSomethingIsSpentAndARefundSpendsNothing() {
        assertEquals(0, status("0.00", "0.00", LocalDate.of(2026, 3, 1)).percentUsed());
        assertEquals(100, status("0.00", "0.01", LocalDate.of(2026, 3, 1)).percentUsed());
        assertEquals(0, status("100.00", "-5.00", LocalDate.of(2026, 3, 1)).percentUsed());
        assertEquals(Money.of("105.00"), status("100.00", "-5.00", LocalDate.of(2026, 3, 1)).remaining());
    }

    @Test
    void aStatusNeedsItsWindowAndAWindowItsOrder() {
        assertThrows(IllegalArgumentException.class, () -> BudgetStatus.of(List.of(), false, LocalDate.of(2026, 3, 1)));
        assertThrows(IllegalArgumentException.class,
            () -> new BudgetWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        assertThrows(NullPointerException.class, () -> new BudgetWindow(null, LocalDate.of(2026, 3, 1)));
        assertThrows(NullPointerException.class, () -> new BudgetWindow(LocalDate.of(2026, 3, 1), null));
    }
}
