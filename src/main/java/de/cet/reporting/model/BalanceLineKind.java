package de.cet.reporting.model;

/**
 * Lines of a transparency report that are neither income nor expense (PRODUCT.md section 6).
 * The disposition kinds say what happens to the closing balance; transfers between the funds change
 * the fund's balance without being income or expense ({@link #effect()}); the others explain how money
 * moved inside the fund, or how the report's balances relate to the money on the accounts.
 */
public enum BalanceLineKind {
    /** Part of the opening balance that came over from the previous period. */
    CARRY_OVER_FROM_PREVIOUS_PERIOD(false, 0),
    /** Money put into or released from the reserve (Rücklage); stays in the fund. */
    RESERVE_ALLOCATION(false, 0),
    RESERVE_RELEASE(false, 0),
    /** Cash withdrawn from the bank into the cash box, or paid in; nets to zero within the fund. */
    TRANSFER_BANK_TO_CASH(false, 0),
    TRANSFER_CASH_TO_BANK(false, 0),
    /** Money moved from an account of the other fund to one of this fund: raises the closing balance. */
    TRANSFER_FROM_OTHER_FUND(false, 1),
    /** Money moved from an account of this fund to one of the other fund: lowers the closing balance. */
    TRANSFER_TO_OTHER_FUND(false, -1),
    /**
     * Opening balances of the fund's accounts opened after the period's first day (ADR 0003: held from the
     * opening date on): not in the opening balance, not income, but on the accounts at the end.
     */
    ACCOUNTS_OPENED_IN_PERIOD(false, 1),
    /** The same when those opening balances add up to less than zero (a bank account opened overdrawn). */
    ACCOUNTS_OPENED_OVERDRAWN_IN_PERIOD(false, -1),
    /**
     * Members' advances booked as expenses of this fund and not yet reimbursed: the money is still on the
     * accounts but owed, so it is not part of the opening (closing) balance.
     */
    ADVANCES_OWED_AT_START(false, 0),
    ADVANCES_OWED_AT_END(false, 0),
    /**
     * This fund reimbursed more advances than were booked on it: it paid the other fund's advances, and
     * that money is counted in its balance as owed back by the other fund.
     */
    ADVANCES_PAID_FOR_OTHER_FUND_AT_START(false, 0),
    ADVANCES_PAID_FOR_OTHER_FUND_AT_END(false, 0),
    /** What the fund's accounts held at the end, where it differs from the closing balance (advances). */
    HELD_ON_ACCOUNTS_AT_END(false, 0),
    /** The closing balance goes on to the next period ... */
    CARRY_OVER_TO_NEXT_PERIOD(true, 0),
    /** ... or back to the municipality (unspent grant money). */
    REPAYMENT_TO_MUNICIPALITY(true, 0);

    private final boolean disposition;
    private final int effect;

    BalanceLineKind(boolean disposition, int effect) {
        this.disposition = disposition;
        this.effect = effect;
    }

    /** Whether the line says where the closing balance goes (those must add up to it). */
    public boolean isDisposition() {
        return disposition;
    }

    /** +1 or −1 when the line's amount is added to or taken from the closing balance; 0 when it only explains. */
    public int effect() {
        return effect;
    }

    /** Message key of the line's label. */
    public String messageKey() {
        return "balance." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
