package de.cet.notifications.application;

/** Who of a book (or the instance) a notification goes to, when the cause does not name the users. */
public enum Audience {
    /** Every member of the book. */
    BOOK_MEMBERS,
    /** The book's admins and treasurers. */
    BOOK_KEEPERS,
    /** The instance administrators (no book). */
    INSTANCE_ADMINS
}
