package de.cet.importing.domain;

/** Where a bank line stands in the inbox. */
public enum LineStatus {
    /** Waiting to be matched, created or ignored. */
    NEW,
    /** Linked to exactly one ledger entry. */
    MATCHED,
    /** Set aside by the treasurer (a bank-internal booking, a line kept elsewhere). */
    IGNORED,
    /** Looks like a line already in the inbox: the treasurer decides ({@code not-duplicate} or {@code ignore}). */
    DUPLICATE_SUSPECTED;

    public boolean isOpen() {
        return this == NEW || this == DUPLICATE_SUSPECTED;
    }
}
