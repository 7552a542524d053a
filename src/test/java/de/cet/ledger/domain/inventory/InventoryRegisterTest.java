package de.cet.ledger.domain.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.ledger.domain.LedgerFixture;
import de.cet.ledger.domain.catalogue.CategoryKind;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.shared.error.InvalidInputException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which entries become inventory items, and how an item's description, place and disposal are kept. */
class InventoryRegisterTest {

    private final LedgerFixture f = new LedgerFixture();

    private Transaction beamer() {
        return f.expense("649.00").category(f.equipment.id()).date("2026-02-03").description("Beamer").booked();
    }

    private InventoryItem item() {
        return InventoryItem.fromExpense(UUID.randomUUID(), beamer(), f.equipment, null, null);
    }

    private static String field(InvalidInputException e) {
        return e.errors().get(0).field();
    }

    @Test
    void newItemBelongsToTheExpensesBookAndIsInUse() {
        UUID id = UUID.randomUUID();
        InventoryItem item = InventoryItem.fromExpense(id, beamer(), f.equipment, "  Beamer Epson ", "  ");
        assertEquals(id, item.id());
        assertEquals(f.bookId, item.bookId());
        assertEquals("Beamer Epson", item.description());
        assertNull(item.location(), "a blank place means the place is unknown");
        assertFalse(item.isDisposed());
        assertNull(item.disposedOn());
    }

    @Test
    void incomeAndReversalsAreNeverInventory() {
        Transaction income = f.income("649.00").booked();
        assertThrows(LedgerRuleViolation.class,
            () -> InventoryItem.fromExpense(UUID.randomUUID(), income, f.equipment, null, null));

        Transaction bought = beamer();
        Transaction reversal = bought.reverse(UUID.randomUUID(), f.treasurer, "Rückgabe", LocalDate.of(2026, 2, 10),
            f.context(), LedgerFixture.NOW);
        LedgerRuleViolation e = assertThrows(LedgerRuleViolation.class,
            () -> InventoryItem.fromExpense(UUID.randomUUID(), reversal, f.equipment, null, null));
        assertEquals("not-inventory", e.type());
    }

    @Test
    void theCategoryGivenMustBeTheExpensesOwnEquipmentCategory() {
        Transaction bought = beamer();
        assertThrows(LedgerRuleViolation.class,
            () -> InventoryItem.fromExpense(UUID.randomUUID(), bought, null, null, null));
        Category otherEquipment = f.category("Technik", CategoryKind.EXPENSE, "EX-700");
        assertThrows(LedgerRuleViolation.class,
            () -> InventoryItem.fromExpense(UUID.randomUUID(), bought, otherEquipment, null, null));
    }

    @Test
    void descriptionIsRequiredAndAtMostFiveHundredCharacters() {
        InventoryItem item = item();
        assertEquals("description", field(assertThrows(InvalidInputException.class, () -> item.describe(null))));
        assertEquals("description", field(assertThrows(InvalidInputException.class, () -> item.describe(" "))));
        assertEquals("description", field(assertThrows(InvalidInputException.class,
            () -> item.describe("x".repeat(501)))));
        item.describe("y".repeat(500));
        assertEquals(500, item.description().length());
    }

    @Test
    void locationIsOptionalAndAtMostTwoHundredCharacters() {
        InventoryItem item = item();
        item.relocate(" Fraktionsbüro, Raum 12 ");
        assertEquals("Fraktionsbüro, Raum 12", item.location());
        assertEquals("location", field(assertThrows(InvalidInputException.class,
            () -> item.relocate("x".repeat(201)))));
        assertEquals("Fraktionsbüro, Raum 12", item.location());
        item.relocate(null);
        assertNull(item.location());
    }

    @Test
    void disposalNeedsADate() {
        InventoryItem item = item();
        assertEquals("disposedOn", field(assertThrows(InvalidInputException.class, () -> item.dispose(null))));
        item.dispose(LocalDate.of(2026, 2, 3));
        assertEquals(LocalDate.of(2026, 2, 3), item.disposedOn(), "disposed of on the day it was bought");
    }
}
