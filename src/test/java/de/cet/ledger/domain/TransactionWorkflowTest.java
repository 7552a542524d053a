package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.common.ClosedPeriodException;
import de.cet.ledger.domain.common.FourEyesViolationException;
import de.cet.ledger.domain.common.InvalidStatusException;
import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.ledger.domain.transaction.ChangeAction;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.ledger.domain.transaction.TransactionChange;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.ForbiddenException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransactionWorkflowTest {

    private final LedgerFixture f = new LedgerFixture();
    private final Instant later = LedgerFixture.NOW.plusSeconds(3600);

    @Test
    void memberDraftsSubmitsAndTreasurerApprovesAndBooks() {
        Transaction tx = f.expense("25.00").draftBy(f.member);
        tx.submit(f.member, f.context(), later);
        tx.approve(f.treasurer, f.context(), later);
        tx.book(f.treasurer, null, null, f.context(), later);

        assertEquals(TransactionStatus.BOOKED, tx.status());
        assertEquals(f.member.userId(), tx.createdBy());
        assertEquals(f.member.userId(), tx.submittedBy());
        assertEquals(f.treasurer.userId(), tx.bookedBy());
        assertEquals(later, tx.bookedAt());
        assertEquals(List.of(ChangeAction.CREATED, ChangeAction.SUBMITTED, ChangeAction.APPROVED, ChangeAction.BOOKED),
            tx.history().stream().map(TransactionChange::action).toList());
    }

    @Test
    void everyChangeRecordsActorTimeAndBeforeAndAfter() {
        Transaction tx = f.expense("25.00").draftBy(f.member);
        tx.edit(f.expense("30.00").data(), f.member, f.context(), later);

        TransactionChange created = tx.history().get(0);
        assertTrue(created.before().isEmpty());
        assertEquals("25.00", created.after().get("amount"));
        TransactionChange edit = tx.history().get(1);
        assertEquals(f.member.userId(), edit.actor());
        assertEquals(later, edit.at());
        assertEquals("25.00", edit.before().get("amount"));
        assertEquals("30.00", edit.after().get("amount"));
        assertTrue(edit.changedFields().contains("amount"));
    }

    @Test
    void treasurerRecordsBookedEntryDirectlyWhenApprovalIsNotRequired() {
        Transaction tx = f.expense("25.00").booked();
        assertEquals(TransactionStatus.BOOKED, tx.status());
    }

    @Test
    void nobodyRecordsBookedEntryDirectlyWhenTheBookRequiresApproval() {
        f.rules(true, false, null, true);
        ConflictException e = assertThrows(ConflictException.class, () -> f.expense("25.00").booked());
        assertEquals("approval-required", e.type());
    }

    @Test
    void memberCannotRecordBookedEntry() {
        assertThrows(ForbiddenException.class, () -> Transaction.create(UUID.randomUUID(), f.expense("5.00").data(),
            TransactionStatus.BOOKED, f.member, f.context(), LedgerFixture.NOW));
    }

    @Test
    void auditorChangesNothing() {
        assertThrows(ForbiddenException.class, () -> f.expense("5.00").draftBy(f.auditor));
        Transaction tx = f.expense("5.00").submittedBy(f.member);
        assertThrows(ForbiddenException.class, () -> tx.approve(f.auditor, f.context(), later));
    }

    @Test
    void initialStatusMayNotBeApprovedOrRejected() {
        assertThrows(InvalidInputException.class, () -> Transaction.create(UUID.randomUUID(), f.expense("5.00").data(),
            TransactionStatus.APPROVED, f.treasurer, f.context(), LedgerFixture.NOW));
    }

    @Test
    void memberEditsOnlyOwnDrafts() {
        Transaction tx = f.expense("25.00").draftBy(f.member);
        assertThrows(ForbiddenException.class, () -> tx.edit(f.expense("26.00").data(), f.otherMember, f.context(), later));
        tx.edit(f.expense("26.00").data(), f.treasurer, f.context(), later);
        assertEquals(Money.of("26.00"), tx.amount());
    }

    @Test
    void memberCannotEditOwnSubmittedEntryButTreasurerCan() {
        Transaction tx = f.expense("25.00").submittedBy(f.member);
        assertThrows(ForbiddenException.class, () -> tx.edit(f.expense("26.00").data(), f.member, f.context(), later));
        tx.edit(f.expense("26.00").data(), f.admin, f.context(), later);
        assertEquals(TransactionStatus.SUBMITTED, tx.status());
    }

    @Test
    void bookedEntryIsNeverEditedNorDeleted() {
        Transaction tx = f.expense("25.00").booked();
        assertThrows(InvalidStatusException.class, () -> tx.edit(f.expense("1.00").data(), f.treasurer, f.context(), later));
        assertThrows(InvalidStatusException.class, () -> tx.delete(f.treasurer, f.context(), later));
    }

    @Test
    void onlyDraftsAreDeletedByCreatorOrTreasurer() {
        Transaction draft = f.expense("25.00").draftBy(f.member);
        TransactionChange deletion = draft.delete(f.member, f.context(), later);
        assertEquals(ChangeAction.DELETED, deletion.action());
        assertEquals("25.00", deletion.before().get("amount"));
        assertTrue(deletion.after().isEmpty());
        draft.delete(f.treasurer, f.context(), later);
        assertThrows(ForbiddenException.class, () -> draft.delete(f.otherMember, f.context(), later));
        Transaction submitted = f.expense("25.00").submittedBy(f.member);
        assertThrows(InvalidStatusException.class, () -> submitted.delete(f.treasurer, f.context(), later));
    }

    @Test
    void memberCannotSubmitSomeoneElsesDraft() {
        Transaction tx = f.expense("25.00").draftBy(f.member);
        assertThrows(ForbiddenException.class, () -> tx.submit(f.otherMember, f.context(), later));
    }

    @Test
    void approvingADraftIsAStatusConflict() {
        Transaction tx = f.expense("25.00").draftBy(f.member);
        assertThrows(InvalidStatusException.class, () -> tx.approve(f.treasurer, f.context(), later));
    }

    @Test
    void plainMemberCannotApproveButSignatoryCan() {
        Transaction tx = f.expense("25.00").submittedBy(f.member);
        assertThrows(ForbiddenException.class, () -> tx.approve(f.otherMember, f.context(), later));
        tx.approve(f.chair, f.context(), later);
        assertEquals(TransactionStatus.APPROVED, tx.status());
    }

    @Test
    void treasurerCannotApproveOwnExpenseWhenFourEyesIsOn() {
        f.rules(true, true, null, true);
        Transaction tx = f.expense("25.00").submittedBy(f.treasurer);
        assertThrows(FourEyesViolationException.class, () -> tx.approve(f.treasurer, f.context(), later));
        tx.approve(f.chair, f.context(), later);
        assertEquals(TransactionStatus.APPROVED, tx.status());
    }

    @Test
    void creatorCannotApproveWhatSomeoneElseSubmittedWhenFourEyesIsOn() {
        f.rules(true, true, null, true);
        Transaction tx = f.expense("25.00").draftBy(f.admin);
        tx.submit(f.treasurer, f.context(), later);
        FourEyesViolationException e = assertThrows(FourEyesViolationException.class,
            () -> tx.approve(f.admin, f.context(), later));
        assertEquals("four-eyes-violation", e.type());
    }

    @Test
    void treasurerWhoEditedASubmittedClaimCannotApproveItWhenFourEyesIsOn() {
        f.rules(true, true, null, true);
        Transaction tx = f.expense("25.00").submittedBy(f.member);
        tx.edit(f.expense("250.00").data(), f.treasurer, f.context(), later);
        assertThrows(FourEyesViolationException.class, () -> tx.approve(f.treasurer, f.context(), later));
        tx.approve(f.admin, f.context(), later);
        assertEquals(TransactionStatus.APPROVED, tx.status());
    }

    @Test
    void submitterMayApproveOwnEntryWhenFourEyesIsOff() {
        Transaction tx = f.expense("25.00").submittedBy(f.treasurer);
        tx.approve(f.treasurer, f.context(), later);
        assertEquals(TransactionStatus.APPROVED, tx.status());
    }

    @Test
    void aboveTheDualApprovalLimitTwoDifferentPeopleMustApprove() {
        f.rules(true, true, "500.00", true);
        Transaction tx = f.expense("500.01").submittedBy(f.member);
        tx.approve(f.treasurer, f.context(), later);
        assertEquals(TransactionStatus.SUBMITTED, tx.status());
        assertThrows(FourEyesViolationException.class, () -> tx.approve(f.treasurer, f.context(), later));
        tx.approve(f.chair, f.context(), later);
        assertEquals(TransactionStatus.APPROVED, tx.status());
        assertEquals(2, tx.approvals().size());
    }

    @Test
    void atTheDualApprovalLimitOneApprovalSuffices() {
        f.rules(true, true, "500.00", true);
        Transaction tx = f.expense("500.00").submittedBy(f.member);
        tx.approve(f.treasurer, f.context(), later);
        assertEquals(TransactionStatus.APPROVED, tx.status());
    }

    @Test
    void editingASubmittedEntryDiscardsEarlierApprovals() {
        f.rules(true, false, "100.00", true);
        Transaction tx = f.expense("150.00").submittedBy(f.member);
        tx.approve(f.treasurer, f.context(), later);
        tx.edit(f.expense("900.00").data(), f.admin, f.context(), later);
        assertTrue(tx.approvals().isEmpty());
    }

    @Test
    void withApprovalRequiredASubmittedEntryCannotBeBooked() {
        f.rules(true, false, null, true);
        Transaction tx = f.expense("25.00").submittedBy(f.member);
        assertThrows(ConflictException.class, () -> tx.book(f.treasurer, null, null, f.context(), later));
    }

    @Test
    void withoutApprovalRequiredTreasurerBooksASubmittedClaimDirectly() {
        Transaction tx = f.expense("25.00").submittedBy(f.member);
        tx.book(f.treasurer, f.cash.id(), LocalDate.of(2026, 3, 5), f.context(), later);
        assertEquals(TransactionStatus.BOOKED, tx.status());
        assertEquals(f.cash.id(), tx.accountId());
        assertEquals(LocalDate.of(2026, 3, 5), tx.date());
    }

    @Test
    void memberCannotBook() {
        Transaction tx = f.expense("25.00").submittedBy(f.member);
        assertThrows(ForbiddenException.class, () -> tx.book(f.member, null, null, f.context(), later));
    }

    @Test
    void rejectionNeedsAReasonAndIsRecorded() {
        Transaction tx = f.expense("25.00").submittedBy(f.member);
        assertThrows(InvalidInputException.class, () -> tx.reject(f.treasurer, " ", f.context(), later));
        tx.reject(f.treasurer, "Kein Fraktionsbezug", f.context(), later);
        assertEquals(TransactionStatus.REJECTED, tx.status());
        assertEquals("Kein Fraktionsbezug", tx.rejectionReason());
        assertThrows(InvalidStatusException.class, () -> tx.approve(f.chair, f.context(), later));
    }

    @Test
    void rejectedEntryIsReworkedOnceIntoANewLinkedDraft() {
        Transaction tx = f.expense("25.00").submittedBy(f.member);
        tx.reject(f.treasurer, "Beleg unleserlich", f.context(), later);
        Transaction draft = tx.rework(UUID.randomUUID(), f.member, f.context(), later);

        assertEquals(TransactionStatus.DRAFT, draft.status());
        assertEquals(tx.id(), draft.reworkOf());
        assertEquals(draft.id(), tx.reworkedInto());
        assertEquals(tx.amount(), draft.amount());
        assertEquals(TransactionStatus.REJECTED, tx.status());
        assertThrows(ConflictException.class, () -> tx.rework(UUID.randomUUID(), f.member, f.context(), later));
        assertThrows(ForbiddenException.class, () -> {
            Transaction other = f.expense("1.00").submittedBy(f.member);
            other.reject(f.treasurer, "no", f.context(), later);
            other.rework(UUID.randomUUID(), f.otherMember, f.context(), later);
        });
    }

    @Test
    void bookingAnExpenseWithoutReceiptIsRefusedWhenTheBookRequiresReceipts() {
        Transaction tx = f.expense("25.00").noReceipt().draftBy(f.treasurer);
        LedgerRuleViolation e = assertThrows(LedgerRuleViolation.class,
            () -> tx.book(f.treasurer, null, null, f.context(), later));
        assertEquals("receipt-required", e.type());
    }

    @Test
    void anEigenbelegStandsInForAMissingReceipt() {
        Transaction tx = f.expense("4.50").noReceipt()
            .eigenbeleg("Parkautomat ohne Quittung, Sitzung am 1.3.").booked();
        assertEquals(TransactionStatus.BOOKED, tx.status());
    }

    @Test
    void expenseWithoutReceiptIsBookedWhenTheBookDoesNotRequireReceipts() {
        f.rules(false, false, null, false);
        assertEquals(TransactionStatus.BOOKED, f.expense("4.50").noReceipt().booked().status());
    }

    @Test
    void nothingIsCreatedInAClosedPeriod() {
        f.year2025.close(f.treasurer, closedReport(), later);
        assertThrows(ClosedPeriodException.class, () -> f.expense("5.00").date("2025-12-31").draftBy(f.member));
    }

    @Test
    void aDraftCannotBeMovedIntoOrChangedInsideAClosedPeriod() {
        Transaction tx = f.expense("5.00").date("2025-12-30").draftBy(f.member);
        f.year2025.close(f.treasurer, closedReport(), later);
        assertThrows(ClosedPeriodException.class, () -> tx.edit(f.expense("6.00").date("2026-01-02").data(), f.member,
            f.context(), later));
        assertThrows(ClosedPeriodException.class, () -> tx.delete(f.member, f.context(), later));
        Transaction current = f.expense("5.00").draftBy(f.member);
        assertThrows(ClosedPeriodException.class, () -> current.edit(f.expense("5.00").date("2025-06-01").data(),
            f.member, f.context(), later));
    }

    @Test
    void bookingNeedsAnOpenPeriodCoveringTheDate() {
        Transaction tx = f.expense("5.00").draftBy(f.treasurer);
        LedgerRuleViolation e = assertThrows(LedgerRuleViolation.class,
            () -> tx.book(f.treasurer, null, LocalDate.of(2027, 1, 5), f.context(), later));
        assertEquals("no-period", e.type());
    }

    @Test
    void memberMayClaimAnAdvanceOnlyForThemselves() {
        Transaction own = f.expense("12.00").paidBy(f.member.userId()).draftBy(f.member);
        assertTrue(own.isAdvance());
        assertThrows(ForbiddenException.class, () -> f.expense("12.00").paidBy(f.otherMember.userId()).draftBy(f.member));
        assertNotNull(f.expense("12.00").paidBy(f.otherMember.userId()).draftBy(f.treasurer));
    }

    @Test
    void onlyTreasurerRecordsReimbursements() {
        f.expense("12.00").paidBy(f.member.userId()).booked();
        assertThrows(ForbiddenException.class, () -> f.expense("12.00").reimburses(f.member.userId()).draftBy(f.member));
        Transaction reimbursement = f.expense("12.00").noReceipt().reimburses(f.member.userId()).booked();
        assertNull(reimbursement.categoryId());
        assertTrue(reimbursement.isReimbursement());
    }

    @Test
    void reimbursementsAndTransfersDoNotCountInCategoryTotals() {
        Transaction advance = f.expense("12.00").paidBy(f.member.userId()).booked();
        Transaction reimbursement = f.expense("12.00").noReceipt().reimburses(f.member.userId()).booked();
        assertTrue(advance.countsInCategoryTotals());
        assertFalse(reimbursement.countsInCategoryTotals());
        assertFalse(f.transfer("5.00", f.bank, f.cash).booked().countsInCategoryTotals());
        assertFalse(f.expense("5.00").draftBy(f.member).countsInCategoryTotals());
    }

    private de.cet.ledger.domain.period.PeriodClosingReport closedReport() {
        return new de.cet.ledger.domain.period.PeriodClosingReport(f.year2025.id(), List.of(), java.util.Map.of());
    }
}
