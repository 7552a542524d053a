package de.cet.books.domain;

/**
 * A member's role in one book (PRODUCT.md section 2). A user has at most one role per book and may
 * have different roles in different books; the signatory flag (chair, deputy) is kept beside it.
 */
public enum BookRole {
    /** Settings, members, invitations, plus everything a treasurer may do. */
    ADMIN,
    /** Records, approves, books, imports, closes periods, reports. */
    TREASURER,
    /** Submits and edits own drafts and claims, reads the book. */
    MEMBER,
    /** Reads everything including the audit log, changes nothing. */
    AUDITOR;

    /** May record, approve, book and reverse entries, manage accounts, periods and categories. */
    public boolean keepsTheBooks() {
        return this == ADMIN || this == TREASURER;
    }

    /** May read the audit log and every entry. */
    public boolean readsEverything() {
        return true;
    }

    /** May change anything at all in the book. */
    public boolean writes() {
        return this != AUDITOR;
    }
}
