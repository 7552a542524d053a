package de.cet.ledger.domain.balance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.ledger.domain.LedgerFixture;
import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Open advances and the cash rule where entries of other kinds, other accounts and re-checks meet them. */
class AdvanceAndCashEdgeTest {

    private final LedgerFixture f = new LedgerFixture();

    @Test
    void reimbursementWithoutAnyAdvanceNeverMakesTheMemberOweTheBook() {
        Transaction paidBack = f.expense("30.00").noReceipt().reimburses(f.member.userId()).booked();
        assertEquals(Money.ZERO, AdvanceCalculator.openAdvanceOf(f.member.userId(), List.of(paidBack)));
    }

    @Test
    void reimbursementIsCheckedAgainstTheOtherEntriesNotAgainstItself() {
        Transaction advance = f.expense("30.00").paidBy(f.member.userId()).booked();
        Transaction paidBack = f.expense("30.00").noReceipt().reimburses(f.member.userId()).booked();
        // Re-checking an already stored reimbursement: the list of booked entries contains it already.
        assertDoesNotThrow(() -> AdvanceCalculator.requireCovered(paidBack, List.of(advance, paidBack)));

        Transaction second = f.expense("0.01").noReceipt().reimburses(f.member.userId()).booked();
        assertThrows(LedgerRuleViolation.class,
            () -> AdvanceCalculator.requireCovered(second, List.of(advance, paidBack)));
    }

    @Test
    void reversingAReimbursementIsNotLimitedByTheOpenAdvance() {
        Transaction advance = f.expense("30.00").paidBy(f.member.userId()).booked();
        Transaction paidBack = f.expense("30.00").noReceipt().reimburses(f.member.userId()).booked();
        Transaction undo = paidBack.reverse(UUID.randomUUID(), f.treasurer, "doppelt gezahlt", LocalDate.of(2026, 3, 2),
            f.context(), LedgerFixture.NOW);

        assertDoesNotThrow(() -> AdvanceCalculator.requireCovered(undo, List.of(advance, paidBack)));
        assertEquals(Money.of("30.00"), AdvanceCalculator.openAdvanceOf(f.member.userId(),
            List.of(advance, paidBack, undo)));
    }

    @Test
    void ordinaryExpenseNeedsNoAdvanceCover() {
        Transaction plain = f.expense("500.00").booked();
        assertDoesNotThrow(() -> AdvanceCalculator.requireCovered(plain, List.of()));
    }

    @Test
    void depositIntoTheCashBoxIsNeverRefused() {
        Transaction bigSpend = f.expense("50.00").account(f.cash.id()).date("2026-03-12").booked();
        Transaction deposit = f.transfer("10.00", f.bank, f.cash).date("2026-03-01").booked();
        assertDoesNotThrow(() -> CashBalancePolicy.check(f.cash, List.of(bigSpend), deposit));
    }

    @Test
    void laterEntriesOnOtherAccountsDoNotCountForTheCashBox() {
        Transaction laterBankSpend = f.expense("900.00").date("2026-03-20").booked();
        Transaction laterCashSpend = f.expense("20.00").account(f.cash.id()).date("2026-03-25").booked();
        Transaction now = f.expense("30.00").account(f.cash.id()).date("2026-03-10").booked();
        assertDoesNotThrow(() -> CashBalancePolicy.check(f.cash, List.of(laterBankSpend, laterCashSpend), now));

        Transaction oneCentMore = f.expense("30.01").account(f.cash.id()).date("2026-03-10").booked();
        LedgerRuleViolation e = assertThrows(LedgerRuleViolation.class,
            () -> CashBalancePolicy.check(f.cash, List.of(laterBankSpend, laterCashSpend), oneCentMore));
        assertEquals("cash-negative", e.type());
    }

    @Test
    void recheckingAStoredCashEntryDoesNotCountItTwice() {
        Transaction spend = f.expense("50.00").account(f.cash.id()).booked();
        assertDoesNotThrow(() -> CashBalancePolicy.check(f.cash, List.of(spend), spend));
    }
}
