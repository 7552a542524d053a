package de.cet.reporting;

import static de.cet.reporting.ReportFixtures.CHAIR_SIGNS;
import static de.cet.reporting.ReportFixtures.DEPUTY_SIGNS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.reporting.model.BalanceLine;
import de.cet.reporting.model.BalanceLineKind;
import de.cet.reporting.model.CategoryAmount;
import de.cet.reporting.model.ExpenseGroup;
import de.cet.reporting.model.ExpenseLine;
import de.cet.reporting.model.ExpenseReport;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.SignOff;
import de.cet.reporting.model.TransactionType;
import de.cet.reporting.model.TransparencyReport;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportModelTest {

    @Test
    void transparencyTotalsAndClosingBalanceAreDerivedFromTheLines() {
        TransparencyReport report = ReportFixtures.publicFund(ReportLanguage.DE);
        assertEquals(Money.parse("18003.47"), report.totalIncome());
        assertEquals(Money.parse("13366.05"), report.totalExpenses());
        assertEquals(Money.parse("7137.42"), report.closingBalance());
        assertEquals(Money.parse("899.00"), report.inventoryTotal());
        assertEquals("Sockelbetrag", report.income().get(0).name());
        assertEquals("Base amount", ReportFixtures.publicFund(ReportLanguage.EN).income().get(0).name());
        assertEquals(Money.parse("325.00"), ReportFixtures.ownFund(ReportLanguage.DE).closingBalance());
    }

    @Test
    void reportIsADraftUntilTwoSignatoriesHaveSigned() {
        assertTrue(ReportFixtures.publicFund(ReportLanguage.DE).draft());
        assertTrue(ReportFixtures.publicFund(ReportLanguage.DE, CHAIR_SIGNS).draft());
        TransparencyReport signed = ReportFixtures.publicFund(ReportLanguage.DE, CHAIR_SIGNS).signedBy(DEPUTY_SIGNS);
        assertFalse(signed.draft());
        assertEquals(List.of(CHAIR_SIGNS, DEPUTY_SIGNS), signed.signOffs());
    }

    @Test
    void aSignatoryCannotSignTwice() {
        SignOff again = new SignOff(CHAIR_SIGNS.userId(), "Dr. Hannelore Weiß", Instant.parse("2027-03-01T08:00:00Z"));
        assertThrows(IllegalArgumentException.class,
            () -> ReportFixtures.publicFund(ReportLanguage.DE, CHAIR_SIGNS, again));
    }

    @Test
    void carryOverAndRepaymentMustAddUpToTheClosingBalance() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> new TransparencyReport(
            "Book", ReportFixtures.YEAR_2026, Fund.PUBLIC, ReportLanguage.DE, Money.parse("100.00"),
            List.of(CategoryAmount.of("IN-100", Money.parse("50.00"), ReportLanguage.DE)), List.of(),
            List.of(new BalanceLine(BalanceLineKind.REPAYMENT_TO_MUNICIPALITY, Money.parse("100.00"))),
            List.of(), List.of()));
        assertTrue(failure.getMessage().contains("150.00"), failure.getMessage());
    }

    @Test
    void transfersBetweenTheFundsChangeTheClosingBalanceAndTheDispositionFollowsIt() {
        TransparencyReport report = new TransparencyReport("Book", ReportFixtures.YEAR_2026, Fund.PUBLIC,
            ReportLanguage.DE, Money.parse("100.00"),
            List.of(CategoryAmount.of("IN-100", Money.parse("50.00"), ReportLanguage.DE)), List.of(),
            List.of(new BalanceLine(BalanceLineKind.TRANSFER_TO_OTHER_FUND, Money.parse("30.00")),
                new BalanceLine(BalanceLineKind.TRANSFER_FROM_OTHER_FUND, Money.parse("5.00")),
                new BalanceLine(BalanceLineKind.ADVANCES_OWED_AT_END, Money.parse("7.00")),
                new BalanceLine(BalanceLineKind.CARRY_OVER_TO_NEXT_PERIOD, Money.parse("125.00"))),
            List.of(), List.of());
        assertEquals(Money.parse("125.00"), report.closingBalance());
        assertEquals(2, report.balanceChanges().size());
        assertEquals(List.of(BalanceLineKind.ADVANCES_OWED_AT_END, BalanceLineKind.CARRY_OVER_TO_NEXT_PERIOD),
            report.explanatoryLines().stream().map(BalanceLine::kind).toList());
        // a carry-over of the balance before the transfer no longer adds up
        assertThrows(IllegalArgumentException.class, () -> new TransparencyReport("Book", ReportFixtures.YEAR_2026,
            Fund.PUBLIC, ReportLanguage.DE, Money.parse("100.00"), List.of(), List.of(),
            List.of(new BalanceLine(BalanceLineKind.TRANSFER_TO_OTHER_FUND, Money.parse("30.00")),
                new BalanceLine(BalanceLineKind.CARRY_OVER_TO_NEXT_PERIOD, Money.parse("100.00"))),
            List.of(), List.of()));
    }

    @Test
    void incomeAndExpenseCodesStayOnTheirSideAndAppearOnce() {
        assertThrows(IllegalArgumentException.class, () -> new TransparencyReport("Book", ReportFixtures.YEAR_2026,
            Fund.PUBLIC, ReportLanguage.DE, Money.ZERO,
            List.of(CategoryAmount.of("EX-300", Money.parse("1.00"), ReportLanguage.DE)), List.of(), List.of(),
            List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TransparencyReport("Book", ReportFixtures.YEAR_2026,
            Fund.PUBLIC, ReportLanguage.DE, Money.ZERO, List.of(),
            List.of(CategoryAmount.of("EX-300", Money.parse("1.00"), ReportLanguage.DE),
                CategoryAmount.of("EX-300", Money.parse("2.00"), ReportLanguage.DE)), List.of(), List.of(), List.of()));
    }

    @Test
    void expenseReportTotalsCountReversalsAndAdvancesButNotTransfers() {
        ExpenseReport report = ReportFixtures.year(ReportLanguage.DE);
        assertEquals(Money.parse("12240.00"), report.totalIncome());
        assertEquals(Money.parse("479.45"), report.totalExpense());
        assertEquals(Money.parse("11760.55"), report.balance());
        assertEquals(Money.parse("-325.25"), report.groups().get(0).subtotal());
        assertEquals(Money.ZERO, report.groups().get(4).subtotal());
        assertEquals(Money.parse("37.15"), report.groups().get(0).lines().get(1).signedAmount());
        assertTrue(report.groups().get(0).lines().get(2).isAdvance());
        assertEquals(7, report.lineCount());
    }

    @Test
    void expenseReportRefusesLinesOutsideItsRange() {
        ExpenseLine dayAfter = new ExpenseLine(LocalDate.of(2027, 1, 1), List.of(), "", "", "",
            TransactionType.EXPENSE, false, Money.parse("1.00"), null, Money.parse("-1.00"));
        assertThrows(IllegalArgumentException.class, () -> new ExpenseReport("Book", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), "", ReportLanguage.DE, List.of(new ExpenseGroup("X", "EX-900", List.of(dayAfter)))));
    }

    @Test
    void transactionAmountsArePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ExpenseLine(LocalDate.of(2026, 1, 1), List.of(), "",
            "", "", TransactionType.EXPENSE, false, Money.parse("-1.00"), null, Money.parse("1.00")));
    }
}
