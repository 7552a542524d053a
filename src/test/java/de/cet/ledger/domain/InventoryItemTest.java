package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.common.InvalidStatusException;
import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.ledger.domain.inventory.InventoryItem;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InventoryItemTest {

    private final LedgerFixture f = new LedgerFixture();

    private Transaction laptop() {
        return f.expense("1299.00").category(f.equipment.id()).date("2026-02-03").description("Laptop").booked();
    }

    @Test
    void itemIsCreatedFromABookedEquipmentExpense() {
        Transaction tx = laptop();
        InventoryItem item = InventoryItem.fromExpense(UUID.randomUUID(), tx, f.equipment, null, "Fraktionsbüro");
        assertEquals("Laptop", item.description());
        assertEquals(Money.of("1299.00"), item.price());
        assertEquals(LocalDate.of(2026, 2, 3), item.date());
        assertEquals(tx.id(), item.transactionId());
        assertEquals("Fraktionsbüro", item.location());
    }

    @Test
    void onlyBookedUnreversedEx700ExpensesBecomeInventory() {
        assertThrows(LedgerRuleViolation.class, () -> InventoryItem.fromExpense(UUID.randomUUID(),
            f.expense("10.00").booked(), f.office, null, null));
        assertThrows(LedgerRuleViolation.class, () -> InventoryItem.fromExpense(UUID.randomUUID(),
            f.expense("10.00").category(f.equipment.id()).draftBy(f.member), f.equipment, null, null));
        Transaction tx = laptop();
        tx.reverse(UUID.randomUUID(), f.treasurer, "Rückgabe", LocalDate.of(2026, 2, 10), f.context(), LedgerFixture.NOW);
        assertThrows(LedgerRuleViolation.class, () -> InventoryItem.fromExpense(UUID.randomUUID(), tx, f.equipment, null, null));
    }

    @Test
    void itemIsDisposedOnceAndNotBeforeItWasBought() {
        InventoryItem item = InventoryItem.fromExpense(UUID.randomUUID(), laptop(), f.equipment, "Laptop", null);
        assertThrows(InvalidInputException.class, () -> item.dispose(LocalDate.of(2026, 2, 2)));
        item.dispose(LocalDate.of(2029, 6, 30));
        assertTrue(item.isDisposed());
        assertThrows(InvalidStatusException.class, () -> item.dispose(LocalDate.of(2029, 7, 1)));
    }
}
