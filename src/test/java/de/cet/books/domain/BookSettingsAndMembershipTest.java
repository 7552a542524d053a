package de.cet.books.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A book's identity and settings, the role matrix, and memberships. */
class BookSettingsAndMembershipTest {

    private final UUID creator = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-03-10T09:00:00Z");

    private Book caucus() {
        return Book.create(" Fraktion Grün ", BookKind.CAUCUS, "EUR", "de", creator, now);
    }

    @Test
    void newBookRemembersWhoCreatedItWhenAndHow() {
        Book book = caucus();
        assertEquals("Fraktion Grün", book.name());
        assertEquals(BookKind.CAUCUS, book.kind());
        assertEquals("EUR", book.currency());
        assertEquals("de", book.locale());
        assertEquals(creator, book.createdBy());
        assertEquals(now, book.createdAt());
        assertFalse(book.repayUnspentPublicFunds());
        assertNotEquals(caucus().id(), book.id(), "every book gets its own id");
    }

    @Test
    void nameIsAtMostTwoHundredCharactersAndRequired() {
        assertThrows(IllegalArgumentException.class,
            () -> Book.create(null, BookKind.GROUP, "EUR", "de", creator, now));
        assertThrows(IllegalArgumentException.class,
            () -> Book.create("x".repeat(201), BookKind.GROUP, "EUR", "de", creator, now));
        assertEquals(200, Book.create("x".repeat(200), BookKind.GROUP, "EUR", "en", creator, now).name().length());
        assertThrows(IllegalArgumentException.class,
            () -> Book.create("Haushalt", BookKind.GROUP, "EUR", null, creator, now));
    }

    @Test
    void everySettingGivenIsChangedTogether() {
        Book book = caucus();
        book.changeSettings("Fraktion Blau", false, false, Money.of("250.00"), false, false,
            LocalDate.of(2026, 9, 13), false, "en");
        assertEquals("Fraktion Blau", book.name());
        assertFalse(book.requireApproval());
        assertFalse(book.fourEyes());
        assertEquals(Money.of("250.00"), book.dualApprovalAbove());
        assertFalse(book.requireReceipt());
        assertEquals(LocalDate.of(2026, 9, 13), book.electionDate());
        assertEquals("en", book.locale());
    }

    @Test
    void invalidSettingsAreRefused() {
        Book book = caucus();
        assertThrows(IllegalArgumentException.class,
            () -> book.changeSettings(" ", null, null, null, false, null, null, false, null));
        assertThrows(IllegalArgumentException.class,
            () -> book.changeSettings(null, null, null, null, false, null, null, false, "fr"));
        assertEquals("Fraktion Grün", book.name());
        assertEquals("de", book.locale());
    }

    @Test
    void unspentPublicMoneyIsRepaidOnlyWhenTheBookSaysSo() {
        Book book = caucus();
        book.repayUnspentPublicFunds(true);
        assertTrue(book.repayUnspentPublicFunds());
        book.repayUnspentPublicFunds(null);
        assertTrue(book.repayUnspentPublicFunds(), "null keeps the setting");
        book.repayUnspentPublicFunds(false);
        assertFalse(book.repayUnspentPublicFunds());
    }

    @Test
    void roleMatrix() {
        Set<BookRole> keepers = new HashSet<>();
        Set<BookRole> writers = new HashSet<>();
        for (BookRole role : BookRole.values()) {
            assertTrue(role.readsEverything(), role + " reads the whole book");
            if (role.keepsTheBooks()) {
                keepers.add(role);
            }
            if (role.writes()) {
                writers.add(role);
            }
        }
        assertEquals(Set.of(BookRole.ADMIN, BookRole.TREASURER), keepers);
        assertEquals(Set.of(BookRole.ADMIN, BookRole.TREASURER, BookRole.MEMBER), writers);
    }

    @Test
    void memberChangesRoleAndSignatoryFlagInTheirBook() {
        UUID book = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        Membership m = new Membership(book, user, BookRole.MEMBER, false, now);
        assertEquals(book, m.bookId());
        assertEquals(user, m.userId());
        assertEquals(now, m.joinedAt());

        m.changeRole(BookRole.TREASURER);
        m.markSignatory(true);
        assertEquals(BookRole.TREASURER, m.role());
        assertTrue(m.signatory());
        assertThrows(NullPointerException.class, () -> m.changeRole(null));
        assertEquals(BookRole.TREASURER, m.role());
        assertThrows(NullPointerException.class, () -> new Membership(book, null, BookRole.MEMBER, false, now));
    }

    @Test
    void membershipIsIdentifiedByBookAndUserTogether() {
        UUID book = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        Membership.Key key = new Membership.Key(book, user);
        assertEquals(key, new Membership.Key(book, user));
        assertEquals(key.hashCode(), new Membership.Key(book, user).hashCode());
        assertNotEquals(key, new Membership.Key(book, UUID.randomUUID()));
        assertNotEquals(key, new Membership.Key(UUID.randomUUID(), user));
        assertNotEquals(key, (Object) "not a key");
        assertEquals(2, new HashSet<>(Set.of(key, new Membership.Key(user, book))).size());
    }

    @Test
    void firstPeriodOfOneDayIsAllowed() {
        assertDoesNotThrow(() -> new FirstPeriod("Tag", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)));
    }
}
