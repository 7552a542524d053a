package de.cet.ledger.domain.transaction;

/** {@code DRAFT → SUBMITTED → APPROVED → BOOKED}, or {@code REJECTED} from SUBMITTED/APPROVED. Only BOOKED counts. */
public enum TransactionStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    BOOKED,
    REJECTED
}
