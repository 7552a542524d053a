package de.cet.books.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookTest {

    @Test
    void aCaucusStartsWithTheCarefulDefaults() {
        Book caucus = Book.create("Fraktion", BookKind.CAUCUS, "EUR", "de", UUID.randomUUID(), Instant.now());
        assertTrue(caucus.requireApproval());
        assertTrue(caucus.fourEyes());
        assertTrue(caucus.requireReceipt());
        Book household = Book.create("Haushalt", BookKind.HOUSEHOLD, "EUR", "de", UUID.randomUUID(), Instant.now());
        assertFalse(household.fourEyes());
    }

    @Test
    void onlyEurosAndKnownLocalesAndNamedBooks() {
        assertThrows(IllegalArgumentException.class,
            () -> Book.create("X", BookKind.GROUP, "USD", "de", UUID.randomUUID(), Instant.now()));
        assertThrows(IllegalArgumentException.class,
            () -> Book.create("X", BookKind.GROUP, "EUR", "fr", UUID.randomUUID(), Instant.now()));
        assertThrows(IllegalArgumentException.class,
            () -> Book.create(" ", BookKind.GROUP, "EUR", "de", UUID.randomUUID(), Instant.now()));
    }

    @Test
    void settingsChangeOnlyWhereGivenAndNullablesCanBeCleared() {
        Book b = Book.create("Fraktion", BookKind.CAUCUS, "EUR", "de", UUID.randomUUID(), Instant.now());
        b.changeSettings(null, null, false, Money.of("500.00"), false, null, LocalDate.of(2026, 9, 13), false, "en");
        assertEquals("Fraktion", b.name());
        assertFalse(b.fourEyes());
        assertTrue(b.requireApproval());
        assertEquals(Money.of("500.00"), b.dualApprovalAbove());
        b.changeSettings(null, null, null, null, true, null, null, true, null);
        assertNull(b.dualApprovalAbove());
        assertNull(b.electionDate());
        assertThrows(IllegalArgumentException.class,
            () -> b.changeSettings(null, null, null, Money.ZERO, false, null, null, false, null));
    }

    @Test
    void aFirstPeriodEndsNoEarlierThanItStarts() {
        assertThrows(IllegalArgumentException.class,
            () -> new FirstPeriod("2026", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1)));
    }
}
