package de.cet.ledger.domain.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.cet.ledger.domain.LedgerFixture;
import de.cet.ledger.domain.common.InvalidStatusException;
import de.cet.shared.error.ForbiddenException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Workflow steps at their edges: who may reject and rework, reasons, booking elsewhere, what totals count. */
class TransactionLifecycleEdgeTest {

    private final LedgerFixture f = new LedgerFixture();
    private final Instant later = LedgerFixture.NOW.plusSeconds(3600);

    private static String field(InvalidInputException e) {
        return e.errors().get(0).field();
    }

    private Transaction rejectedClaimOf(de.cet.ledger.domain.common.Actor claimant) {
        Transaction tx = f.expense("25.00").submittedBy(claimant);
        tx.reject(f.treasurer, "Beleg unleserlich", f.context(), later);
        return tx;
    }

    @Test
    void recordedEntryKeepsEveryFieldItWasGiven() {
        Transaction tx = f.expense("25.00").eigenbeleg("Parkautomat ohne Quittung").paidBy(f.member.userId())
            .draftBy(f.member);
        assertEquals("Papier AG", tx.counterparty());
        assertEquals("R-1", tx.reference());
        assertEquals(f.member.userId(), tx.paidByMemberId());
        assertEquals(1, tx.receiptIds().size());
        assertEquals(List.of("office"), tx.tags());
        assertEquals("Parkautomat ohne Quittung", tx.eigenbeleg());
        assertEquals(LedgerFixture.NOW, tx.createdAt());
        assertNull(tx.submittedAt());
        assertNull(tx.lastEditedBy());

        tx.edit(f.expense("26.00").paidBy(f.member.userId()).data(), f.treasurer, f.context(), later);
        assertEquals(f.treasurer.userId(), tx.lastEditedBy());
        tx.submit(f.member, f.context(), later);
        assertEquals(later, tx.submittedAt());
    }

    @Test
    void newChangesAreHandedOutOnceForStorage() {
        Transaction tx = f.expense("25.00").draftBy(f.member);
        assertEquals(List.of(ChangeAction.CREATED),
            tx.takeNewChanges().stream().map(TransactionChange::action).toList());
        assertTrue(tx.takeNewChanges().isEmpty());
        tx.submit(f.member, f.context(), later);
        assertEquals(List.of(ChangeAction.SUBMITTED),
            tx.takeNewChanges().stream().map(TransactionChange::action).toList());
    }

    @Test
    void plainMemberMayNotReject() {
        Transaction tx = f.expense("25.00").submittedBy(f.member);
        assertThrows(ForbiddenException.class, () -> tx.reject(f.otherMember, "nein", f.context(), later));
        assertEquals(TransactionStatus.SUBMITTED, tx.status());
    }

    @Test
    void rejectionReasonIsRequiredAndAtMostTwoThousandCharacters() {
        Transaction tx = f.expense("25.00").submittedBy(f.member);
        assertEquals("reason", field(assertThrows(InvalidInputException.class,
            () -> tx.reject(f.treasurer, null, f.context(), later))));
        assertEquals("reason", field(assertThrows(InvalidInputException.class,
            () -> tx.reject(f.treasurer, "x".repeat(2001), f.context(), later))));
        tx.reject(f.chair, "  zu teuer ", f.context(), later);
        assertEquals(f.chair.userId(), tx.rejectedBy());
        assertEquals("zu teuer", tx.rejectionReason());
    }

    @Test
    void treasurerMayReworkSomeoneElsesRejectedClaimButAnotherMemberMayNot() {
        Transaction tx = rejectedClaimOf(f.member);
        assertThrows(ForbiddenException.class, () -> tx.rework(UUID.randomUUID(), f.otherMember, f.context(), later));
        Transaction copy = tx.rework(UUID.randomUUID(), f.treasurer, f.context(), later);
        assertEquals(TransactionStatus.DRAFT, copy.status());
        assertEquals(tx.id(), copy.reworkOf());
        assertEquals(f.treasurer.userId(), copy.createdBy());
    }

    @Test
    void rejectedEntryIsNotBookedWhenTheBookRequiresApproval() {
        Transaction tx = rejectedClaimOf(f.member);
        f.rules(true, false, null, false);
        assertThrows(InvalidStatusException.class, () -> tx.book(f.treasurer, null, null, f.context(), later));
        assertEquals(TransactionStatus.REJECTED, tx.status());
    }

    @Test
    void approvedEntryIsBookedWhenTheBookRequiresApprovalButADraftIsNot() {
        f.rules(true, false, null, true);
        Transaction draft = f.expense("25.00").draftBy(f.member);
        assertThrows(de.cet.shared.error.ConflictException.class,
            () -> draft.book(f.treasurer, null, null, f.context(), later));
        assertEquals(TransactionStatus.DRAFT, draft.status());

        Transaction claim = f.expense("25.00").submittedBy(f.member);
        claim.approve(f.chair, f.context(), later);
        claim.book(f.treasurer, null, null, f.context(), later);
        assertEquals(TransactionStatus.BOOKED, claim.status());
        assertEquals(f.treasurer.userId(), claim.bookedBy());
    }

    @Test
    void approvedOrRejectedEntryIsNotEdited() {
        Transaction approved = f.expense("25.00").submittedBy(f.member);
        approved.approve(f.treasurer, f.context(), later);
        InvalidStatusException e = assertThrows(InvalidStatusException.class,
            () -> approved.edit(f.expense("1.00").data(), f.treasurer, f.context(), later));
        assertFalse(e.getMessage().contains("reverse"));
        Transaction rejected = rejectedClaimOf(f.member);
        assertThrows(InvalidStatusException.class,
            () -> rejected.edit(f.expense("1.00").data(), f.member, f.context(), later));
    }

    @Test
    void treasurerBooksAClaimOnAnotherAccountKeepingItsDate() {
        Transaction tx = f.expense("20.00").submittedBy(f.member);
        tx.book(f.treasurer, f.cash.id(), null, f.context(), later);
        assertEquals(f.cash.id(), tx.accountId());
        assertEquals(LocalDate.of(2026, 3, 1), tx.date());
        assertEquals(Money.of("-20.00"), tx.effectOn(f.cash.id()));
        assertEquals(Money.ZERO, tx.effectOn(f.bank.id()));
    }

    @Test
    void reversalNeedsAReasonOfAtMostTwoThousandCharactersAndADate() {
        Transaction tx = f.expense("25.00").booked();
        LocalDate day = LocalDate.of(2026, 3, 5);
        assertEquals("reason", field(assertThrows(InvalidInputException.class,
            () -> tx.reverse(UUID.randomUUID(), f.treasurer, null, day, f.context(), later))));
        assertEquals("reason", field(assertThrows(InvalidInputException.class,
            () -> tx.reverse(UUID.randomUUID(), f.treasurer, "x".repeat(2001), day, f.context(), later))));
        assertEquals("date", field(assertThrows(InvalidInputException.class,
            () -> tx.reverse(UUID.randomUUID(), f.treasurer, "falsch", null, f.context(), later))));
        assertNull(tx.reversedBy());
    }

    @Test
    void bookedIncomeAndExpenseCountInTheirTotalsAndReversalsTakeThemBack() {
        Transaction income = f.income("100.00").booked();
        Transaction expense = f.expense("40.00").booked();
        Transaction undone = expense.reverse(UUID.randomUUID(), f.treasurer, "storniert", LocalDate.of(2026, 3, 2),
            f.context(), later);

        assertEquals(Money.of("100.00"), income.countedIncome());
        assertEquals(Money.ZERO, income.countedExpense());
        assertEquals(Money.of("40.00"), expense.countedExpense());
        assertEquals(Money.ZERO, expense.countedIncome());
        assertEquals(Money.of("-40.00"), undone.countedExpense());
        assertFalse(undone.needsReceipt(), "a reversal carries no receipt of its own");

        Transaction draft = f.income("7.00").draftBy(f.member);
        assertEquals(Money.ZERO, draft.countedIncome());
        Transaction reimbursement = f.expense("5.00").noReceipt().reimburses(f.member.userId()).booked();
        assertEquals(Money.ZERO, reimbursement.countedExpense());
    }

    @Test
    void onlyBookedExpensesChangeWhatTheBookOwesAMember() {
        Transaction draftAdvance = f.expense("30.00").paidBy(f.member.userId()).draftBy(f.member);
        assertEquals(Money.ZERO, draftAdvance.advanceEffectFor(f.member.userId()));
        Transaction income = f.income("30.00").booked();
        assertEquals(Money.ZERO, income.advanceEffectFor(f.member.userId()));
        Transaction advance = f.expense("30.00").paidBy(f.member.userId()).booked();
        assertEquals(Money.of("30.00"), advance.advanceEffectFor(f.member.userId()));
        assertEquals(Money.ZERO, advance.advanceEffectFor(f.otherMember.userId()));
    }

    @Test
    void transfersHaveNoCategoryKind() {
        assertNull(TransactionType.TRANSFER.categoryKind());
        assertEquals(de.cet.ledger.domain.catalogue.CategoryKind.INCOME, TransactionType.INCOME.categoryKind());
    }
}
