package de.cet.ledger.domain.transaction;

/** What happened to a transaction, as listed in its history. */
public enum ChangeAction {
    CREATED,
    EDITED,
    SUBMITTED,
    APPROVED,
    REJECTED,
    BOOKED,
    REVERSED,
    REWORKED,
    DELETED
}
