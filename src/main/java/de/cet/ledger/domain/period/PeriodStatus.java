package de.cet.ledger.domain.period;

/** {@code OPEN} → {@code CLOSED}; closing is final. */
public enum PeriodStatus {
    OPEN,
    CLOSED
}
