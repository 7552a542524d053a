package de.cet.books.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Books and their memberships. */
public interface BookRepository {
    void add(Book book);

    Optional<Book> find(UUID id);

    /** Loads the book locked for update, serialising membership changes (the last-admin rule). */
    Optional<Book> findForUpdate(UUID id);

    void addMembership(Membership membership);

    Optional<Membership> membership(UUID bookId, UUID userId);

    List<Membership> members(UUID bookId);

    List<Membership> membershipsOf(UUID userId);

    long countAdmins(UUID bookId);

    void removeMembership(Membership membership);

    /** Writes pending changes now, so that the version the caller sees is the stored one. */
    void flush();
}
