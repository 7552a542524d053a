package de.cet.ledger.domain.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.LedgerFixture;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.shared.error.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Renaming and moving open periods, and what the closing check lets through. */
class PeriodMaintenanceTest {

    private final LedgerFixture f = new LedgerFixture();
    private final Instant now = LedgerFixture.NOW;

    private static String field(InvalidInputException e) {
        return e.errors().get(0).field();
    }

    private AccountingPeriod period(String start, String end) {
        return AccountingPeriod.open(UUID.randomUUID(), f.bookId, "P", LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void openPeriodIsRenamedWithinItsNameRules() {
        AccountingPeriod p = f.year2026;
        assertEquals(f.bookId, p.bookId());
        p.rename("  Haushaltsjahr 2026 ");
        assertEquals("Haushaltsjahr 2026", p.name());
        assertEquals("name", field(assertThrows(InvalidInputException.class, () -> p.rename(null))));
        assertEquals("name", field(assertThrows(InvalidInputException.class, () -> p.rename(" "))));
        assertEquals("name", field(assertThrows(InvalidInputException.class, () -> p.rename("x".repeat(101)))));
        assertEquals("Haushaltsjahr 2026", p.name());
    }

    @Test
    void openPeriodMovesItsBoundsButNeedsBoth() {
        AccountingPeriod p = f.year2026;
        p.changeDates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        assertEquals(LocalDate.of(2026, 6, 30), p.endDate());
        assertFalse(p.contains(LocalDate.of(2026, 7, 1)));
        assertFalse(p.contains(LocalDate.of(2025, 12, 31)));

        assertEquals("startDate", field(assertThrows(InvalidInputException.class,
            () -> p.changeDates(null, LocalDate.of(2026, 12, 31)))));
        assertEquals("endDate", field(assertThrows(InvalidInputException.class,
            () -> p.changeDates(LocalDate.of(2026, 1, 1), null))));
        assertEquals(LocalDate.of(2026, 6, 30), p.endDate());
    }

    @Test
    void periodsTouchingOnlyAtTheirBoundsDoNotOverlap() {
        AccountingPeriod first = period("2026-01-01", "2026-06-30");
        assertFalse(first.overlaps(period("2026-07-01", "2026-12-31")));
        assertFalse(first.overlaps(period("2025-01-01", "2025-12-31")));
        assertTrue(first.overlaps(period("2026-06-30", "2026-12-31")));
        assertTrue(first.overlaps(period("2025-07-01", "2026-01-01")));
    }

    @Test
    void closingReportOfAnotherPeriodIsNotAccepted() {
        PeriodClosingReport forOther = new PeriodClosingReport(f.year2025.id(), List.of(), Map.of());
        assertThrows(IllegalArgumentException.class, () -> f.year2026.close(f.treasurer, forOther, now));
        assertFalse(f.year2026.isClosed());
        assertNull(f.year2026.closedAt());
    }

    @Test
    void closedPeriodRecordsWhenItWasClosed() {
        f.year2025.close(f.treasurer, new PeriodClosingReport(f.year2025.id(), List.of(), Map.of()), now);
        assertEquals(now, f.year2025.closedAt());
    }

    @Test
    void bookedEntriesWithReceiptsIncomeRejectedAndReversedExpensesDoNotBlockClosing() {
        f.rules(false, false, null, false);
        Transaction withReceipt = f.expense("10.00").date("2025-05-05").booked();
        Transaction income = f.income("10.00").date("2025-05-05").booked();
        Transaction withoutReceipt = f.expense("10.00").date("2025-05-05").noReceipt().booked();
        withoutReceipt.reverse(UUID.randomUUID(), f.treasurer, "falsch gebucht", LocalDate.of(2026, 1, 2), f.context(),
            now);
        Transaction rejected = f.expense("10.00").date("2025-05-05").noReceipt().submittedBy(f.member);
        rejected.reject(f.treasurer, "doppelt", f.context(), now);
        f.rules(false, false, null, true);

        PeriodClosingReport report = PeriodClosingPolicy.evaluate(f.year2025, Periods.of(f.year2025, f.year2026),
            List.of(f.bank), List.of(withReceipt, income, withoutReceipt, rejected), f.rules);
        assertTrue(report.canClose(), () -> report.blockers().toString());
    }

    @Test
    void blockersOnTheSameDayAreListedInAStableOrder() {
        List<Transaction> drafts = List.of(
            f.expense("1.00").date("2025-08-01").draftBy(f.member),
            f.expense("2.00").date("2025-08-01").draftBy(f.member),
            f.expense("3.00").date("2025-07-31").draftBy(f.member));
        PeriodClosingReport report = PeriodClosingPolicy.evaluate(f.year2025, Periods.of(f.year2025, f.year2026),
            List.of(f.bank), drafts, f.rules);

        List<UUID> expected = drafts.stream()
            .sorted(Comparator.comparing(Transaction::date).thenComparing(t -> t.id().toString()))
            .map(Transaction::id).toList();
        assertEquals(expected, report.blockers().stream().map(ClosingBlocker::transactionId).toList());
        assertEquals(drafts.get(2).id(), report.blockers().get(0).transactionId());
    }
}
