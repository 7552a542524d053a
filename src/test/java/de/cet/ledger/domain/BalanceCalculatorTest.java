package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.ledger.domain.account.Fund;
import de.cet.ledger.domain.balance.BalanceCalculator;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BalanceCalculatorTest {

    private final LedgerFixture f = new LedgerFixture();

    @Test
    void balanceAtADateCountsOpeningBalanceAndBookedEntriesUpToThatDay() {
        List<Transaction> entries = List.of(
            f.income("500.00").date("2026-02-01").booked(),
            f.expense("120.35").date("2026-02-10").booked(),
            f.expense("0.10").date("2026-02-11").booked(),
            f.expense("99.99").date("2026-02-11").draftBy(f.member));

        assertEquals(Money.of("1000.00"), BalanceCalculator.balanceOf(f.bank, entries, LocalDate.of(2026, 1, 31)));
        assertEquals(Money.of("1500.00"), BalanceCalculator.balanceOf(f.bank, entries, LocalDate.of(2026, 2, 9)));
        assertEquals(Money.of("1379.55"), BalanceCalculator.balanceOf(f.bank, entries, LocalDate.of(2026, 2, 11)));
    }

    @Test
    void anAccountHoldsNothingBeforeItsOpeningDateAndItsOpeningBalanceFromTheStartOfThatDay() {
        LocalDate opened = f.bank.openingDate();
        List<Transaction> entries = List.of(f.income("500.00").date(opened.toString()).booked());

        assertEquals(Money.ZERO, BalanceCalculator.balanceOf(f.bank, entries, opened.minusDays(1)));
        assertEquals(Money.ZERO, BalanceCalculator.balanceAtStartOf(f.bank, entries, opened.minusDays(1)));
        assertEquals(Money.of("1000.00"), BalanceCalculator.balanceAtStartOf(f.bank, entries, opened),
            "the opening balance, before the day's entries");
        assertEquals(Money.of("1500.00"), BalanceCalculator.balanceOf(f.bank, entries, opened));
        assertEquals(Money.of("1500.00"), BalanceCalculator.balanceAtStartOf(f.bank, entries, opened.plusDays(1)));
    }

    @Test
    void centsAddUpExactly() {
        List<Transaction> entries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            entries.add(f.expense("0.10").booked());
        }
        assertEquals(Money.of("999.00"), BalanceCalculator.balanceOf(f.bank, entries, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void transferLeavesTheSourceAndReachesTheTarget() {
        List<Transaction> entries = List.of(f.transfer("200.00", f.bank, f.cash).booked());
        Map<java.util.UUID, Money> balances = BalanceCalculator.balancesByAccount(List.of(f.bank, f.cash), entries,
            LocalDate.of(2026, 12, 31));
        assertEquals(Money.of("800.00"), balances.get(f.bank.id()));
        assertEquals(Money.of("250.00"), balances.get(f.cash.id()));
    }

    @Test
    void fundBalancesSumTheirAccountsAndTransfersWithinAFundCancelOut() {
        List<Transaction> entries = List.of(
            f.transfer("200.00", f.bank, f.cash).booked(),
            f.income("40.00").account(f.ownBank.id()).category(f.contributions.id()).booked());
        Map<Fund, Money> funds = BalanceCalculator.balancesByFund(List.of(f.bank, f.cash, f.ownBank), entries,
            LocalDate.of(2026, 12, 31));
        assertEquals(Money.of("1050.00"), funds.get(Fund.PUBLIC));
        assertEquals(Money.of("40.00"), funds.get(Fund.OWN));
    }

    @Test
    void accountHasNoBalanceBeforeItsOpeningDate() {
        assertEquals(Money.ZERO, BalanceCalculator.balanceOf(f.bank, List.of(), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void anAdvanceMovesNoMoneyUntilItIsReimbursed() {
        Transaction advance = f.expense("30.00").paidBy(f.member.userId()).booked();
        assertEquals(Money.of("1000.00"), BalanceCalculator.balanceOf(f.bank, List.of(advance), LocalDate.of(2026, 12, 31)));
        Transaction reimbursement = f.expense("30.00").noReceipt().reimburses(f.member.userId()).booked();
        assertEquals(Money.of("970.00"), BalanceCalculator.balanceOf(f.bank, List.of(advance, reimbursement),
            LocalDate.of(2026, 12, 31)));
    }
}
