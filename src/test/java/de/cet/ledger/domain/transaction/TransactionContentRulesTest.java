package de.cet.ledger.domain.transaction;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.LedgerFixture;
import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.account.AccountType;
import de.cet.ledger.domain.account.Fund;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The content rules of an entry that depend on its type, its accounts, tags and receipts, and the warnings. */
class TransactionContentRulesTest {

    private final LedgerFixture f = new LedgerFixture();

    private List<String> invalidFields(TransactionContent data) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> data.validate(f.context()));
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static TransactionContent with(TransactionContent d, List<UUID> receipts, List<String> tags) {
        return d.toBuilder().receiptIds(receipts).tags(tags).build();
    }

    @Test
    void missingTagsAndBlankOnesAreDropped() {
        TransactionContent d = with(f.expense("1.00").data(), null, Arrays.asList("a", null, " ", " a ", "b"));
        assertEquals(List.of("a", "b"), d.tags());
        assertEquals(List.of(), d.receiptIds());
    }

    @Test
    void atMostTwentyTagsOfFiftyCharactersAndFiftyReceipts() {
        TransactionContent base = f.expense("1.00").data();
        List<String> tags = IntStream.rangeClosed(1, TransactionContent.MAX_TAGS).mapToObj(i -> "t" + i).toList();
        assertDoesNotThrow(() -> with(base, base.receiptIds(), tags).validate(f.context()));

        List<String> oneTooMany = new ArrayList<>(tags);
        oneTooMany.add("t21");
        assertEquals(List.of("tags"), invalidFields(with(base, base.receiptIds(), oneTooMany)));
        assertEquals(List.of("tags"), invalidFields(with(base, base.receiptIds(), List.of("x".repeat(51)))));

        List<UUID> receipts = IntStream.rangeClosed(0, TransactionContent.MAX_RECEIPTS).mapToObj(i -> UUID.randomUUID())
            .toList();
        assertEquals(List.of("receiptIds"), invalidFields(with(base, receipts, List.of())));
    }

    @Test
    void aTransferIsNeitherAnAdvanceNorAReimbursement() {
        assertEquals(List.of("paidByMemberId"),
            invalidFields(f.transfer("5.00", f.bank, f.cash).paidBy(f.member.userId()).data()));
        TransactionContent reimbursingTransfer = f.transfer("5.00", f.bank, f.cash).reimburses(f.member.userId()).data();
        assertTrue(reimbursingTransfer.isReimbursement());
        assertEquals(List.of("reimbursesMemberId"), invalidFields(reimbursingTransfer));
    }

    @Test
    void onlyATransferHasATargetAccountAndIncomeReimbursesNobody() {
        assertEquals(List.of("toAccountId"), invalidFields(f.expense("5.00").toAccount(f.cash.id()).data()));
        TransactionContent income = f.income("5.00").reimburses(f.member.userId()).category(f.grants.id()).data();
        assertEquals(List.of("reimbursesMemberId"), invalidFields(income));
        assertFalse(f.income("5.00").data().isReimbursement());
        assertFalse(f.income("5.00").data().isAdvance());
        assertTrue(f.expense("5.00").paidBy(f.member.userId()).data().isAdvance());
    }

    @Test
    void transferIsNotDatedBeforeItsTargetAccountOpened() {
        Account newCash = Account.open(UUID.randomUUID(), f.bookId, "Neue Kasse", AccountType.CASH, Fund.PUBLIC, null,
            Money.ZERO, LocalDate.of(2026, 4, 1));
        Map<UUID, Account> accounts = new HashMap<>(f.context().accounts());
        accounts.put(newCash.id(), newCash);
        LedgerContext context = new LedgerContext(f.bookId, f.rules, f.context().periods(), accounts,
            f.context().categories(), f.context().memberIds());

        TransactionContent early = f.transfer("5.00", f.bank, newCash).date("2026-03-31").data();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> early.validate(context));
        assertEquals(List.of("date"), e.errors().stream().map(FieldError::field).toList());
        assertDoesNotThrow(() -> f.transfer("5.00", f.bank, newCash).date("2026-04-01").data().validate(context));
    }

    @Test
    void undatedTransferIsReportedOnceForTheMissingDate() {
        assertEquals(List.of("date"), invalidFields(f.transfer("5.00", f.bank, f.cash).date((LocalDate) null).data()));
    }

    @Test
    void hospitalityWithoutAnyDescriptionNeedsAnAttendeeList() {
        Transaction tx = f.expense("80.00").category(f.hospitality.id()).description(null).draftBy(f.member);
        assertEquals(List.of(ComplianceWarning.HOSPITALITY_WITHOUT_ATTENDEES),
            CompliancePolicy.warningsFor(tx, f.context(), LedgerFixture.CATALOGUE).stream()
                .map(ComplianceWarning::code).toList());
    }

    @Test
    void warningsThatNeedTheAccountAreSkippedWhenTheAccountIsNoLongerKnown() {
        Transaction contribution = f.income("20.00").category(f.contributions.id()).booked();
        Transaction transfer = f.transfer("20.00", f.bank, f.ownBank).booked();
        LedgerContext withoutAccounts = new LedgerContext(f.bookId, f.rules, f.context().periods(), Map.of(),
            f.context().categories(), f.context().memberIds());

        assertEquals(List.of(ComplianceWarning.MEMBER_CONTRIBUTIONS),
            CompliancePolicy.warningsFor(contribution, withoutAccounts, LedgerFixture.CATALOGUE).stream()
                .map(ComplianceWarning::code).toList());
        assertEquals(List.of(), CompliancePolicy.warningsFor(transfer, withoutAccounts, LedgerFixture.CATALOGUE));

        Map<UUID, Account> sourceOnly = Map.of(f.bank.id(), f.bank);
        LedgerContext withoutTarget = new LedgerContext(f.bookId, f.rules, f.context().periods(), sourceOnly,
            f.context().categories(), f.context().memberIds());
        assertEquals(List.of(), CompliancePolicy.warningsFor(transfer, withoutTarget, LedgerFixture.CATALOGUE));
    }

    @Test
    void aPatchReplacesWhatIsGivenClearsOnlyOptionalFieldsAndKeepsTheRest() {
        TransactionContent current = f.expense("12.00").paidBy(f.member.userId()).data();
        TransactionContent patched = current.patched(TransactionContent.builder().amount(Money.of("13.50"))
            .description(" neu "), java.util.Set.of("counterparty", "paidByMemberId", "amount", "tags"));
        assertEquals(Money.of("13.50"), patched.amount());
        assertEquals("neu", patched.description());
        assertEquals(null, patched.counterparty());
        assertEquals(null, patched.paidByMemberId());
        // not clearable: an explicit null keeps the value (PatchBody names only CLEARABLE fields anyway)
        assertEquals(current.tags(), patched.tags());
        assertEquals(current.reference(), patched.reference());
        assertEquals(current.date(), patched.date());
        assertTrue(TransactionContent.CLEARABLE.contains("counterparty"));
        assertFalse(TransactionContent.CLEARABLE.contains("amount"));
    }

    @Test
    void contentIsAValueAndEachEntryHoldsItsOwnCopy() {
        TransactionContent a = f.expense("12.00").data();
        TransactionContent b = a.toBuilder().build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, a.copy());
        assertFalse(a.equals(a.toBuilder().reference("R-2").build()));
        assertFalse(a.equals("not content"));
        assertTrue(a.toString().contains("amount=12.00"), a.toString());
        assertEquals(a.snapshot().keySet().stream().toList(), List.of("type", "amount", "date", "accountId", "toAccountId",
            "categoryId", "counterparty", "description", "reference", "paidByMemberId", "reimbursesMemberId",
            "receiptIds", "tags", "justification", "eigenbeleg"));
    }

    @Test
    void aNullReceiptIdIsAFieldError() {
        TransactionContent withNull = f.expense("1.00").data().toBuilder().receiptIds(Arrays.asList(UUID.randomUUID(), null))
            .build();
        assertEquals(List.of("receiptIds"), invalidFields(withNull));
    }
}
