package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.balance.AdvanceCalculator;
import de.cet.ledger.domain.balance.CashBalancePolicy;
import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CashAndAdvancePolicyTest {

    private final LedgerFixture f = new LedgerFixture();

    @Test
    void cashBoxCannotPayMoreThanItHolds() {
        Transaction tooMuch = f.expense("50.01").account(f.cash.id()).booked();
        LedgerRuleViolation e = assertThrows(LedgerRuleViolation.class,
            () -> CashBalancePolicy.check(f.cash, List.of(), tooMuch));
        assertEquals("cash-negative", e.type());
        CashBalancePolicy.check(f.cash, List.of(), f.expense("50.00").account(f.cash.id()).booked());
    }

    @Test
    void backDatedCashWithdrawalMustNotMakeAnyLaterDayNegative() {
        Transaction deposit = f.transfer("100.00", f.bank, f.cash).date("2026-03-10").booked();
        Transaction spend = f.expense("120.00").account(f.cash.id()).date("2026-03-12").booked();
        // 50 + 100 - 120 = 30 on 12 March; a further 40 on 11 March leaves 110 that day but -10 on the 12th.
        Transaction backDated = f.expense("40.00").account(f.cash.id()).date("2026-03-11").booked();
        assertThrows(LedgerRuleViolation.class, () -> CashBalancePolicy.check(f.cash, List.of(deposit, spend), backDated));
        CashBalancePolicy.check(f.cash, List.of(deposit, spend), f.expense("30.00").account(f.cash.id()).date("2026-03-11").booked());
    }

    @Test
    void moneyReceivedAndSpentOnTheSameDayNetsOut() {
        Transaction deposit = f.transfer("100.00", f.bank, f.cash).date("2026-03-10").booked();
        CashBalancePolicy.check(f.cash, List.of(deposit), f.expense("150.00").account(f.cash.id()).date("2026-03-10").booked());
    }

    @Test
    void bankAccountMayGoNegative() {
        CashBalancePolicy.check(f.bank, List.of(), f.expense("5000.00").booked());
    }

    @Test
    void openAdvancesAreWhatMembersPaidMinusWhatWasReimbursed() {
        Transaction a1 = f.expense("30.00").paidBy(f.member.userId()).booked();
        Transaction a2 = f.expense("12.50").paidBy(f.member.userId()).booked();
        Transaction a3 = f.expense("8.00").paidBy(f.otherMember.userId()).booked();
        Transaction draft = f.expense("99.00").paidBy(f.member.userId()).draftBy(f.member);
        Transaction paidBack = f.expense("30.00").noReceipt().reimburses(f.member.userId()).booked();

        List<Transaction> entries = List.of(a1, a2, a3, draft, paidBack);
        assertEquals(Money.of("12.50"), AdvanceCalculator.openAdvanceOf(f.member.userId(), entries));
        assertEquals(Money.of("8.00"), AdvanceCalculator.openAdvanceOf(f.otherMember.userId(), entries));
    }

    @Test
    void fullyReimbursedMemberHasNoOpenAdvance() {
        Transaction advance = f.expense("30.00").paidBy(f.member.userId()).booked();
        Transaction paidBack = f.expense("30.00").noReceipt().reimburses(f.member.userId()).booked();
        assertEquals(Money.ZERO, AdvanceCalculator.openAdvanceOf(f.member.userId(), List.of(advance, paidBack)));
    }

    @Test
    void reversedAdvanceIsNoLongerOwed() {
        Transaction advance = f.expense("30.00").paidBy(f.member.userId()).booked();
        Transaction reversal = advance.reverse(UUID.randomUUID(), f.treasurer, "privat", LocalDate.of(2026, 3, 5),
            f.context(), LedgerFixture.NOW);
        assertEquals(Money.ZERO, AdvanceCalculator.openAdvanceOf(f.member.userId(), List.of(advance, reversal)));
    }

    @Test
    void reimbursementMayNotExceedTheOpenAdvance() {
        Transaction advance = f.expense("30.00").paidBy(f.member.userId()).booked();
        Transaction tooMuch = f.expense("30.01").noReceipt().reimburses(f.member.userId()).booked();
        LedgerRuleViolation e = assertThrows(LedgerRuleViolation.class,
            () -> AdvanceCalculator.requireCovered(tooMuch, List.of(advance)));
        assertEquals("reimbursement-exceeds-advance", e.type());
        AdvanceCalculator.requireCovered(f.expense("30.00").noReceipt().reimburses(f.member.userId()).booked(),
            List.of(advance));
    }
}
