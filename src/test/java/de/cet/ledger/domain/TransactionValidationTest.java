package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.transaction.TransactionContent;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransactionValidationTest {

    private final LedgerFixture f = new LedgerFixture();

    private List<String> invalidFields(TransactionContent data) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> data.validate(f.context()));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void amountMustBePositive() {
        TransactionContent zero = f.expense("1.00").data().toBuilder().amount(Money.ZERO).build();
        assertEquals(List.of("amount"), invalidFields(zero));
    }

    @Test
    void transferNeedsADifferentTargetAccountAndNoCategory() {
        assertEquals(List.of("toAccountId"), invalidFields(f.transfer("10.00", f.bank, f.bank).data()));
        assertEquals(List.of("toAccountId"), invalidFields(f.transfer("10.00", f.bank, f.bank).toAccount(null).data()));
        assertEquals(List.of("categoryId"), invalidFields(f.transfer("10.00", f.bank, f.cash).category(f.office.id()).data()));
        f.transfer("10.00", f.bank, f.cash).data().validate(f.context());
    }

    @Test
    void expenseNeedsAnExpenseCategoryOfThisBook() {
        assertEquals(List.of("categoryId"), invalidFields(f.expense("1.00").category(null).data()));
        assertEquals(List.of("categoryId"), invalidFields(f.expense("1.00").category(f.grants.id()).data()));
        assertEquals(List.of("categoryId"), invalidFields(f.expense("1.00").category(UUID.randomUUID()).data()));
        assertEquals(List.of("categoryId"), invalidFields(f.income("1.00").category(f.office.id()).data()));
    }

    @Test
    void archivedCategoryOrAccountTakesNoNewEntries() {
        f.office.archive();
        f.cash.archive();
        List<String> fields = invalidFields(f.expense("1.00").account(f.cash.id()).data());
        assertTrue(fields.containsAll(List.of("accountId", "categoryId")));
    }

    @Test
    void accountMustBelongToTheBook() {
        assertEquals(List.of("accountId"), invalidFields(f.expense("1.00").account(UUID.randomUUID()).data()));
    }

    @Test
    void onlyExpensesArePaidByMembersAndOnlyByMembersOfTheBook() {
        assertEquals(List.of("paidByMemberId"), invalidFields(f.income("1.00").paidBy(f.member.userId()).data()));
        assertEquals(List.of("paidByMemberId"), invalidFields(f.expense("1.00").paidBy(UUID.randomUUID()).data()));
    }

    @Test
    void anAdvanceIsNotAlsoAReimbursement() {
        TransactionContent both = f.expense("1.00").reimburses(f.member.userId()).category(f.office.id())
            .paidBy(f.member.userId()).data();
        assertEquals(List.of("reimbursesMemberId"), invalidFields(both));
    }

    @Test
    void entryIsNotDatedBeforeTheAccountOpened() {
        assertEquals(List.of("date"), invalidFields(f.expense("1.00").date("2024-12-31").data()));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        TransactionContent data = TransactionContent.builder().counterparty("x".repeat(201)).build();
        assertEquals(List.of("type", "amount", "date", "accountId", "counterparty"), invalidFields(data));
    }

    @Test
    void tagsAreTrimmedAndDeduplicated() {
        UUID receipt = UUID.fromString("00000000-0000-0000-0000-000000000001");
        TransactionContent data = TransactionContent.builder().receiptIds(List.of(receipt, receipt))
            .tags(List.of(" Klausur ", "Klausur", " ")).justification(" ").build();
        assertEquals(List.of("Klausur"), data.tags());
        assertEquals(1, data.receiptIds().size());
        assertEquals(null, data.justification());
    }
}
