package de.cet.reporting.model;

/**
 * Lines of a transparency report that are neither income nor expense (PRODUCT.md section 6).
 * The disposition kinds say what happens to the closing balance; the others explain how money moved
 * inside the fund without changing it.
 */
public enum BalanceLineKind {
    /** Part of the opening balance that came over from the previous period. */
    CARRY_OVER_FROM_PREVIOUS_PERIOD(false),
    /** Money put into or released from the reserve (Rücklage); stays in the fund. */
    RESERVE_ALLOCATION(false),
    RESERVE_RELEASE(false),
    /** Cash withdrawn from the bank into the cash box, or paid in; nets to zero within the fund. */
    TRANSFER_BANK_TO_CASH(false),
    TRANSFER_CASH_TO_BANK(false),
    /** The closing balance goes on to the next period ... */
    CARRY_OVER_TO_NEXT_PERIOD(true),
    /** ... or back to the municipality (unspent grant money). */
    REPAYMENT_TO_MUNICIPALITY(true);

    private final boolean disposition;

    BalanceLineKind(boolean disposition) {
        this.disposition = disposition;
    }

    /** Whether the line says where the closing balance goes (those must add up to it). */
    public boolean isDisposition() {
        return disposition;
    }

    /** Message key of the line's label. */
    public String messageKey() {
        return "balance." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
