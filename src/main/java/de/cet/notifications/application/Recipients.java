package de.cet.notifications.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who is told: users' addresses and languages, a book's members and keepers, the instance administrators. */
public interface Recipients {

    /** An active (not disabled) user's contact; empty for an unknown or disabled user. */
    Optional<Contact> contact(UUID userId);

    /** Every member of the book. */
    List<UUID> members(UUID bookId);

    /** The members who keep the books (approve, book, close periods): admins and treasurers. */
    List<UUID> keepers(UUID bookId);

    /** Active instance administrators. */
    List<UUID> instanceAdmins();

    /** The book's name, for the texts; null for an unknown book. */
    String bookName(UUID bookId);

    record Contact(UUID userId, String email, String displayName, String locale) {}
}
