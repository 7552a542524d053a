package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.common.ClosedPeriodException;
import de.cet.ledger.domain.common.InvalidStatusException;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.ClosingBlocker;
import de.cet.ledger.domain.period.PeriodClosingPolicy;
import de.cet.ledger.domain.period.PeriodClosingReport;
import de.cet.ledger.domain.period.PeriodStatus;
import de.cet.ledger.domain.period.Periods;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.shared.error.CetException;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.ForbiddenException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private final LedgerFixture f = new LedgerFixture();
    private final Instant now = LedgerFixture.NOW;

    @Test
    void periodEndsNotBeforeItStartsAndContainsBothBounds() {
        assertThrows(InvalidInputException.class, () -> AccountingPeriod.open(UUID.randomUUID(), f.bookId, "x",
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30)));
        AccountingPeriod oneDay = AccountingPeriod.open(UUID.randomUUID(), f.bookId, "Tag",
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1));
        assertTrue(oneDay.contains(LocalDate.of(2026, 5, 1)));
        assertTrue(f.year2026.contains(LocalDate.of(2026, 1, 1)));
        assertTrue(f.year2026.contains(LocalDate.of(2026, 12, 31)));
        assertFalse(f.year2026.contains(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void periodsOfABookNeverOverlap() {
        Periods periods = Periods.of(f.year2025, f.year2026);
        AccountingPeriod councilTerm = AccountingPeriod.open(UUID.randomUUID(), f.bookId, "Wahlperiode",
            LocalDate.of(2026, 11, 1), LocalDate.of(2027, 10, 31));
        ConflictException e = assertThrows(ConflictException.class, () -> periods.requireNoOverlap(councilTerm));
        assertEquals("period-overlap", e.type());
        periods.requireNoOverlap(AccountingPeriod.open(UUID.randomUUID(), f.bookId, "2027",
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
        periods.requireNoOverlap(f.year2026);
    }

    @Test
    void aScreenShowsThePeriodOfTheDayOrTheLatestBeforeItOrTheFirst() {
        AccountingPeriod year2028 = AccountingPeriod.open(UUID.randomUUID(), f.bookId, "2028",
            LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31));
        Periods periods = Periods.of(year2028, f.year2026, f.year2025);
        assertEquals(f.year2026, periods.nearest(LocalDate.of(2026, 6, 30)).orElseThrow());
        // the new year's period not created yet: the year just ended
        assertEquals(f.year2026, periods.nearest(LocalDate.of(2027, 1, 2)).orElseThrow());
        assertEquals(year2028, periods.nearest(LocalDate.of(2030, 1, 1)).orElseThrow());
        assertEquals(f.year2025, periods.nearest(LocalDate.of(2020, 1, 1)).orElseThrow());
        assertTrue(new Periods(List.of()).nearest(LocalDate.of(2026, 1, 1)).isEmpty());
    }

    @Test
    void closingIsFinal() {
        f.year2025.close(f.treasurer, emptyReport(f.year2025), now);
        assertEquals(PeriodStatus.CLOSED, f.year2025.status());
        assertEquals(f.treasurer.userId(), f.year2025.closedBy());
        assertThrows(InvalidStatusException.class, () -> f.year2025.close(f.treasurer, emptyReport(f.year2025), now));
        assertThrows(InvalidStatusException.class, () -> f.year2025.rename("anders"));
        assertThrows(InvalidStatusException.class, () -> f.year2025.changeDates(LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 6, 30)));
    }

    @Test
    void onlyTreasurerOrAdminClosesAPeriod() {
        assertThrows(ForbiddenException.class, () -> f.year2025.close(f.chair, emptyReport(f.year2025), now));
        assertThrows(ForbiddenException.class, () -> f.year2025.close(f.auditor, emptyReport(f.year2025), now));
    }

    @Test
    void closedPeriodGuardRefusesDatesInsideIt() {
        f.year2025.close(f.admin, emptyReport(f.year2025), now);
        Periods periods = Periods.of(f.year2025, f.year2026);
        assertThrows(ClosedPeriodException.class, () -> periods.requireNotClosed(LocalDate.of(2025, 7, 1)));
        periods.requireNotClosed(LocalDate.of(2026, 7, 1));
        assertEquals(f.year2026, periods.requireOpen(LocalDate.of(2026, 7, 1)));
        assertEquals(f.year2026, periods.next(f.year2025).orElseThrow());
    }

    @Test
    void unfinishedEntriesAndMissingReceiptsBlockClosing() {
        f.rules(false, false, null, false);
        Transaction draft = f.expense("1.00").date("2025-03-01").draftBy(f.member);
        Transaction submitted = f.expense("2.00").date("2025-03-02").submittedBy(f.member);
        Transaction approved = f.expense("3.00").date("2025-03-03").submittedBy(f.member);
        approved.approve(f.treasurer, f.context(), now);
        Transaction noReceipt = f.expense("4.00").date("2025-03-04").noReceipt().booked();
        Transaction nextYearDraft = f.expense("5.00").date("2026-01-02").draftBy(f.member);
        f.rules(false, false, null, true);

        PeriodClosingReport report = PeriodClosingPolicy.evaluate(f.year2025, Periods.of(f.year2025, f.year2026), List.of(f.bank), List.of(draft, submitted,
            approved, noReceipt, nextYearDraft), f.rules);

        assertFalse(report.canClose());
        assertEquals(List.of(ClosingBlocker.DRAFT_IN_PERIOD, ClosingBlocker.SUBMITTED_IN_PERIOD,
            ClosingBlocker.APPROVED_NOT_BOOKED, ClosingBlocker.MISSING_RECEIPT),
            report.blockers().stream().map(ClosingBlocker::code).toList());
        assertEquals(draft.id(), report.blockers().get(0).transactionId());
        CetException e = assertThrows(CetException.class, () -> f.year2025.close(f.treasurer, report, now));
        assertEquals(409, e.kind().status());
        assertEquals(report.blockers(), e.extensions().get("blockers"));
        assertEquals(PeriodStatus.OPEN, f.year2025.status());
    }

    @Test
    void missingReceiptDoesNotBlockWhenTheBookDoesNotRequireReceipts() {
        f.rules(false, false, null, false);
        Transaction noReceipt = f.expense("4.00").date("2025-03-04").noReceipt().booked();
        assertTrue(PeriodClosingPolicy.evaluate(f.year2025, Periods.of(f.year2025, f.year2026), List.of(f.bank), List.of(noReceipt), f.rules).canClose());
    }

    @Test
    void rejectedEntriesDoNotBlock() {
        Transaction rejected = f.expense("2.00").date("2025-03-02").submittedBy(f.member);
        rejected.reject(f.treasurer, "nein", f.context(), now);
        assertTrue(PeriodClosingPolicy.evaluate(f.year2025, Periods.of(f.year2025, f.year2026), List.of(f.bank), List.of(rejected), f.rules).canClose());
    }

    @Test
    void closingBalancesAreCarriedIntoTheNextPeriod() {
        Transaction income = f.income("250.00").date("2025-06-01").booked();
        Transaction toCash = f.transfer("20.00", f.bank, f.cash).date("2025-06-02").booked();
        Transaction nextYear = f.expense("99.00").date("2026-01-05").booked();

        PeriodClosingReport report = PeriodClosingPolicy.evaluate(f.year2025, Periods.of(f.year2025, f.year2026), List.of(f.bank, f.cash),
            List.of(income, toCash, nextYear), f.rules);

        assertTrue(report.canClose());
        assertEquals(Map.of(f.bank.id(), Money.of("1230.00"), f.cash.id(), Money.of("70.00")),
            report.openingBalancesOfNextPeriod());
        f.year2025.close(f.treasurer, report, now);
        assertTrue(f.year2025.isClosed());
    }

    @Test
    void aPeriodIsClosedOnlyAfterEveryEarlierPeriod() {
        Periods periods = Periods.of(f.year2025, f.year2026);
        PeriodClosingReport report = PeriodClosingPolicy.evaluate(f.year2026, periods, List.of(f.bank), List.of(), f.rules);
        assertEquals(List.of(ClosingBlocker.EARLIER_PERIOD_OPEN),
            report.blockers().stream().map(ClosingBlocker::code).toList());
        f.year2025.close(f.treasurer, emptyReport(f.year2025), now);
        assertTrue(PeriodClosingPolicy.evaluate(f.year2026, periods, List.of(f.bank), List.of(), f.rules).canClose());
    }

    private static PeriodClosingReport emptyReport(AccountingPeriod p) {
        return new PeriodClosingReport(p.id(), List.of(), Map.of());
    }
}
