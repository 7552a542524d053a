package de.cet.ledger.domain.period;

import java.util.UUID;

/**
 * One reason a period cannot be closed, as listed in the 409 answer of {@code POST .../periods/{id}/close}.
 *
 * @param code      {@code DRAFT_IN_PERIOD}, {@code SUBMITTED_IN_PERIOD}, {@code APPROVED_NOT_BOOKED}, {@code MISSING_RECEIPT},
 *                  {@code EARLIER_PERIOD_OPEN} (then {@code transactionId} is null) or {@code BANK_NOT_RECONCILED}
 *                  (an account whose imported statement balance differs from the ledger's; then {@code accountId})
 * @param accountId the account a blocker is about, null for those about an entry or a period
 */
public record ClosingBlocker(String code, UUID transactionId, String message, UUID accountId) {
    public static final String BANK_NOT_RECONCILED = "BANK_NOT_RECONCILED";
    public static final String DRAFT_IN_PERIOD = "DRAFT_IN_PERIOD";
    public static final String SUBMITTED_IN_PERIOD = "SUBMITTED_IN_PERIOD";
    public static final String APPROVED_NOT_BOOKED = "APPROVED_NOT_BOOKED";
    public static final String MISSING_RECEIPT = "MISSING_RECEIPT";
    public static final String EARLIER_PERIOD_OPEN = "EARLIER_PERIOD_OPEN";

    /** A blocker about an entry, or (null) about the period. */
    public ClosingBlocker(String code, UUID transactionId, String message) {
        this(code, transactionId, message, null);
    }
}
