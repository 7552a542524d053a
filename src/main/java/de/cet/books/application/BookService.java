package de.cet.books.application;

import de.cet.books.domain.Book;
import de.cet.books.domain.BookCreated;
import de.cet.books.domain.BookKind;
import de.cet.books.domain.BookRepository;
import de.cet.books.domain.BookRole;
import de.cet.books.domain.FirstPeriod;
import de.cet.books.domain.Membership;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Creating books, listing the caller's books, reading and changing a book's settings. */
@ApplicationScoped
public class BookService {

    private final BookRepository books;
    private final BookAccess access;
    private final Event<BookCreated> created;
    private final Clock clock;

    BookService(BookRepository books, BookAccess access, Event<BookCreated> created, Clock clock) {
        this.books = books;
        this.access = access;
        this.created = created;
        this.clock = clock;
    }

    public record NewBook(String name, BookKind kind, String currency, String locale, FirstPeriodInput firstPeriod) {}

    public record FirstPeriodInput(String name, LocalDate startDate, LocalDate endDate) {}

    public record MyBook(BookSettings book, BookRole role, boolean signatory) {}

    /** Settings to change; null leaves a setting as it is, the clear flags unset the nullable ones. */
    public record SettingsChange(String name, Boolean requireApproval, Boolean fourEyes, Money dualApprovalAbove,
                                 boolean clearDualApprovalAbove, Boolean requireReceipt, LocalDate electionDate,
                                 boolean clearElectionDate, String locale, Boolean repayUnspentPublicFunds) {}

    /** Creates the book with the creator as its ADMIN, and tells the other contexts in the same transaction. */
    @Transactional
    public BookSettings create(UUID creator, NewBook command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.name() == null || command.name().isBlank() || command.name().strip().length() > 200) {
            errors.add(new FieldError("name", "must have 1 to 200 characters"));
        }
        if (command.kind() == null) {
            errors.add(new FieldError("kind", "is required: CAUCUS, HOUSEHOLD or GROUP"));
        }
        String currency = command.currency() == null ? "EUR" : command.currency();
        if (!Book.CURRENCIES.contains(currency)) {
            errors.add(new FieldError("currency", "must be EUR"));
        }
        String locale = command.locale() == null ? "de" : command.locale();
        if (!Book.LOCALES.contains(locale)) {
            errors.add(new FieldError("locale", "must be de or en"));
        }
        FirstPeriod period = null;
        FirstPeriodInput fp = command.firstPeriod();
        if (fp != null) {
            if (fp.name() == null || fp.name().isBlank()) {
                errors.add(new FieldError("firstPeriod.name", "is required"));
            }
            if (fp.startDate() == null) {
                errors.add(new FieldError("firstPeriod.startDate", "is required"));
            }
            if (fp.endDate() == null) {
                errors.add(new FieldError("firstPeriod.endDate", "is required"));
            }
            if (fp.startDate() != null && fp.endDate() != null && fp.startDate().isAfter(fp.endDate())) {
                errors.add(new FieldError("firstPeriod.endDate", "must not be before startDate"));
            }
            if (errors.isEmpty()) {
                period = new FirstPeriod(fp.name().strip(), fp.startDate(), fp.endDate());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Book book = Book.create(command.name(), command.kind(), currency, locale, creator, clock.instant());
        books.add(book);
        books.addMembership(new Membership(book.id(), creator, BookRole.ADMIN, false, clock.instant()));
        created.fire(new BookCreated(book.id(), book.kind(), book.locale(), creator, period));
        return BookSettings.of(book);
    }

    @Transactional
    public List<MyBook> booksOf(UUID userId) {
        List<MyBook> result = new ArrayList<>();
        for (Membership m : books.membershipsOf(userId)) {
            books.find(m.bookId()).ifPresent(b -> result.add(new MyBook(BookSettings.of(b), m.role(), m.signatory())));
        }
        return result;
    }

    @Transactional
    public MyBook get(UUID bookId, UUID userId) {
        BookRole role = access.requireMember(bookId, userId);
        return new MyBook(access.settings(bookId), role, access.isSignatory(bookId, userId));
    }

    /** ADMIN only; the caller must say which version they edit. */
    @Transactional
    public BookSettings changeSettings(UUID bookId, UUID userId, ExpectedVersion expected, SettingsChange change) {
        access.requireRole(bookId, userId, BookRole.ADMIN);
        Book book = books.find(bookId).orElseThrow(BookAccess::notFound);
        expected.check(book.version());
        try {
            book.changeSettings(change.name(), change.requireApproval(), change.fourEyes(), change.dualApprovalAbove(),
                change.clearDualApprovalAbove(), change.requireReceipt(), change.electionDate(),
                change.clearElectionDate(), change.locale());
            book.repayUnspentPublicFunds(change.repayUnspentPublicFunds());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String field = message.substring(0, message.indexOf(' '));
            throw new InvalidInputException(field, message.substring(message.indexOf(' ') + 1));
        }
        books.flush();
        return BookSettings.of(book);
    }
}
