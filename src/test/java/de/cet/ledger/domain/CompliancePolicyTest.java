package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.common.BookRules;
import de.cet.ledger.domain.transaction.ComplianceWarning;
import de.cet.ledger.domain.transaction.CompliancePolicy;
import de.cet.ledger.domain.transaction.Transaction;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompliancePolicyTest {

    private final LedgerFixture f = new LedgerFixture();

    private List<String> codes(Transaction t) {
        return CompliancePolicy.warningsFor(t, f.context(), LedgerFixture.CATALOGUE).stream()
            .map(ComplianceWarning::code).toList();
    }

    @Test
    void ordinaryExpenseWithReceiptHasNoWarnings() {
        assertEquals(List.of(), codes(f.expense("10.00").booked()));
    }

    @Test
    void publicRelationsShortlyBeforeTheElectionIsFlagged() {
        f.rules = new BookRules(false, false, null, true, LocalDate.of(2026, 9, 13), 90);
        assertEquals(List.of(ComplianceWarning.PRE_ELECTION_PUBLIC_RELATIONS),
            codes(f.expense("300.00").category(f.publicRelations.id()).date("2026-06-15").draftBy(f.treasurer)));
        assertEquals(List.of(ComplianceWarning.PRE_ELECTION_PUBLIC_RELATIONS),
            codes(f.expense("300.00").category(f.publicRelations.id()).date("2026-09-13").draftBy(f.treasurer)));
        assertEquals(List.of(),
            codes(f.expense("300.00").category(f.publicRelations.id()).date("2026-06-14").draftBy(f.treasurer)));
        assertEquals(List.of(),
            codes(f.expense("300.00").category(f.publicRelations.id()).date("2026-09-14").draftBy(f.treasurer)));
    }

    @Test
    void publicRelationsWithoutElectionDateIsNotFlagged() {
        assertEquals(List.of(), codes(f.expense("300.00").category(f.publicRelations.id()).draftBy(f.treasurer)));
    }

    @Test
    void hospitalityNeedsAnAttendeeList() {
        assertEquals(List.of(ComplianceWarning.HOSPITALITY_WITHOUT_ATTENDEES),
            codes(f.expense("80.00").category(f.hospitality.id()).description("Fraktionssitzung").draftBy(f.member)));
        assertEquals(List.of(), codes(f.expense("80.00").category(f.hospitality.id())
            .description("Fraktionssitzung 3.3.\nTeilnehmer: A. Meier, B. Schulz").draftBy(f.member)));
        assertEquals(List.of(), codes(f.expense("80.00").category(f.hospitality.id())
            .description("Klausur; attendees: Anna, Ben").draftBy(f.member)));
        assertEquals(List.of(ComplianceWarning.HOSPITALITY_WITHOUT_ATTENDEES), codes(f.expense("80.00")
            .category(f.hospitality.id()).description("Teilnehmer: ").draftBy(f.member)));
    }

    @Test
    void travelAndPaymentsToMembersAreAlwaysFlaggedForReview() {
        assertEquals(List.of(ComplianceWarning.TRAVEL_COSTS), codes(f.expense("45.00").category(f.travel.id()).booked()));
        assertEquals(List.of(ComplianceWarning.PAYMENT_TO_MEMBERS),
            codes(f.expense("100.00").category(f.memberPayments.id()).booked()));
    }

    @Test
    void otherCategoriesNeedAJustification() {
        assertEquals(List.of(ComplianceWarning.JUSTIFICATION_MISSING),
            codes(f.expense("10.00").category(f.otherExpense.id()).draftBy(f.member)));
        assertEquals(List.of(), codes(f.expense("10.00").category(f.otherExpense.id())
            .justification("Kranz für verstorbenes Ratsmitglied").draftBy(f.member)));
        assertEquals(List.of(ComplianceWarning.JUSTIFICATION_MISSING),
            codes(f.income("10.00").category(f.otherIncome.id()).booked()));
    }

    @Test
    void memberContributionsOnAPublicAccountAreOnTheWrongFund() {
        assertEquals(List.of(ComplianceWarning.MEMBER_CONTRIBUTIONS, ComplianceWarning.WRONG_FUND),
            codes(f.income("50.00").category(f.contributions.id()).booked()));
        assertEquals(List.of(ComplianceWarning.MEMBER_CONTRIBUTIONS),
            codes(f.income("50.00").account(f.ownBank.id()).category(f.contributions.id()).booked()));
    }

    @Test
    void municipalGrantOnAnOwnFundsAccountIsOnTheWrongFund() {
        assertEquals(List.of(ComplianceWarning.WRONG_FUND),
            codes(f.income("5000.00").account(f.ownBank.id()).category(f.grants.id()).booked()));
    }

    @Test
    void transferBetweenPublicAndOwnFundsIsFlagged() {
        assertEquals(List.of(ComplianceWarning.TRANSFER_BETWEEN_FUNDS), codes(f.transfer("10.00", f.bank, f.ownBank).booked()));
        assertEquals(List.of(), codes(f.transfer("10.00", f.bank, f.cash).booked()));
    }

    @Test
    void expenseWithoutReceiptOrEigenbelegIsFlaggedButReimbursementsAndReversalsAreNot() {
        f.rules(false, false, null, false);
        Transaction noReceipt = f.expense("10.00").noReceipt().booked();
        assertEquals(List.of(ComplianceWarning.MISSING_RECEIPT), codes(noReceipt));
        assertEquals(List.of(), codes(f.expense("10.00").noReceipt().eigenbeleg("Trinkgeld").booked()));
        Transaction reversal = noReceipt.reverse(UUID.randomUUID(), f.treasurer, "Fehler", LocalDate.of(2026, 3, 2),
            f.context(), LedgerFixture.NOW);
        assertEquals(List.of(), codes(reversal));
        f.expense("10.00").paidBy(f.member.userId()).booked();
        assertEquals(List.of(), codes(f.expense("10.00").noReceipt().reimburses(f.member.userId()).booked()));
    }

    @Test
    void everyWarningHasAnEnglishMessage() {
        f.rules(false, false, null, false);
        List<ComplianceWarning> warnings = CompliancePolicy.warningsFor(f.expense("10.00").noReceipt()
            .category(f.otherExpense.id()).booked(), f.context(), LedgerFixture.CATALOGUE);
        assertEquals(2, warnings.size());
        assertTrue(warnings.stream().allMatch(w -> !w.message().isBlank()));
    }
}
