package de.cet.books.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.books.domain.BookCreated;
import de.cet.books.domain.BookKind;
import de.cet.books.domain.BookRole;
import de.cet.shared.error.ForbiddenException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.testing.Actors;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The authorization entry point every context uses, and the event a new book fires. */
@QuarkusTest
class BookAccessTest {

    @Inject
    BookAccess access;

    @Inject
    BookService books;

    @Inject
    CreatedBooks createdBooks;

    /** Records BookCreated events; throws for a book named "Explode" to prove the event is inside the transaction. */
    @ApplicationScoped
    static class CreatedBooks {
        private final List<BookCreated> events = new ArrayList<>();

        synchronized List<BookCreated> events() {
            return List.copyOf(events);
        }

        synchronized void on(@Observes BookCreated event) {
            events.add(event);
            if (event.firstPeriod() != null && event.firstPeriod().name().equals("Explode")) {
                throw new IllegalStateException("observer failed");
            }
        }
    }

    private UUID newUser() {
        return Actors.registeredUser("u-" + UUID.randomUUID() + "@example.org", "U", false);
    }

    @Test
    void membersGetTheirRoleOthersGet404AndWrongRoles403() {
        UUID owner = newUser();
        UUID auditor = newUser();
        UUID stranger = newUser();
        UUID book = books.create(owner, new BookService.NewBook("B", BookKind.GROUP, "EUR", "de", null)).bookId();
        Actors.addMember(book, auditor, BookRole.AUDITOR, true);

        assertEquals(BookRole.ADMIN, access.requireMember(book, owner));
        assertEquals(BookRole.AUDITOR, access.requireRole(book, auditor, BookRole.AUDITOR, BookRole.ADMIN));
        assertThrows(ForbiddenException.class, () -> access.requireRole(book, auditor, BookRole.TREASURER));
        assertThrows(NotFoundException.class, () -> access.requireMember(book, stranger));
        assertThrows(NotFoundException.class, () -> access.requireRole(book, stranger, BookRole.values()));
        assertThrows(NotFoundException.class, () -> access.requireMember(UUID.randomUUID(), owner));
        assertTrue(access.isSignatory(book, auditor));
        assertFalse(access.isSignatory(book, owner));
        assertFalse(access.isSignatory(book, stranger));
        assertEquals("B", access.settings(book, auditor).name());
        assertThrows(NotFoundException.class, () -> access.settings(book, stranger));
    }

    @Test
    void creatingABookFiresBookCreatedWithTheFirstPeriod() {
        UUID owner = newUser();
        var period = new BookService.FirstPeriodInput("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        UUID book = books.create(owner, new BookService.NewBook("C", BookKind.CAUCUS, "EUR", "en", period)).bookId();
        BookCreated event = createdBooks.events().stream().filter(e -> e.bookId().equals(book)).findFirst().orElseThrow();
        assertEquals(BookKind.CAUCUS, event.kind());
        assertEquals("en", event.locale());
        assertEquals(owner, event.createdBy());
        assertEquals(LocalDate.of(2026, 12, 31), event.firstPeriod().endDate());

        UUID other = books.create(owner, new BookService.NewBook("D", BookKind.GROUP, null, null, null)).bookId();
        BookCreated without = createdBooks.events().stream().filter(e -> e.bookId().equals(other)).findFirst().orElseThrow();
        assertNull(without.firstPeriod());
        assertNotNull(access.settings(other));
    }

    @Test
    void aFailingObserverRollsTheBookBack() {
        UUID owner = newUser();
        var period = new BookService.FirstPeriodInput("Explode", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThrows(IllegalStateException.class,
            () -> books.create(owner, new BookService.NewBook("E", BookKind.GROUP, "EUR", "de", period)));
        assertTrue(books.booksOf(owner).isEmpty());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        UUID owner = newUser();
        var period = new BookService.FirstPeriodInput("2026", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1));
        assertThrows(InvalidInputException.class,
            () -> books.create(owner, new BookService.NewBook("F", BookKind.GROUP, "EUR", "de", period)));
    }
}
