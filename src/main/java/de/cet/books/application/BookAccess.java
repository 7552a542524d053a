package de.cet.books.application;

import de.cet.books.domain.BookRepository;
import de.cet.books.domain.BookRole;
import de.cet.books.domain.Membership;
import de.cet.shared.error.ForbiddenException;
import de.cet.shared.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.UUID;

/**
 * The one authorization entry point for book-scoped calls, used by every context's application
 * services. Non-members (and unknown books) get 404 so that a book's existence does not leak; members
 * whose role is not allowed get 403. Instance administrators have no implicit access to book data.
 */
@ApplicationScoped
public class BookAccess {

    private final BookRepository books;

    BookAccess(BookRepository books) {
        this.books = books;
    }

    /** The caller's role in the book; 404 when the book is unknown or the user is not a member. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BookRole requireMember(UUID bookId, UUID userId) {
        return membership(bookId, userId).role();
    }

    /** The caller's role, which must be one of {@code allowed}: 404 for non-members, 403 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BookRole requireRole(UUID bookId, UUID userId, BookRole... allowed) {
        BookRole role = requireMember(bookId, userId);
        if (!Arrays.asList(allowed).contains(role)) {
            throw new ForbiddenException("Your role in this book does not allow this.");
        }
        return role;
    }

    /** Whether the user is a member marked as signatory (chair, deputy); false for non-members. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSignatory(UUID bookId, UUID userId) {
        return books.membership(bookId, userId).map(Membership::signatory).orElse(false);
    }

    /** The book's settings, for a member; 404 for non-members. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BookSettings settings(UUID bookId, UUID userId) {
        requireMember(bookId, userId);
        return settings(bookId);
    }

    /** The book's settings without a membership check, for background jobs; 404 for an unknown book. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BookSettings settings(UUID bookId) {
        return books.find(bookId).map(BookSettings::of).orElseThrow(BookAccess::notFound);
    }

    private Membership membership(UUID bookId, UUID userId) {
        if (bookId == null || userId == null) {
            throw notFound();
        }
        return books.membership(bookId, userId).orElseThrow(BookAccess::notFound);
    }

    static NotFoundException notFound() {
        return new NotFoundException("book-not-found", "No such book.");
    }
}
