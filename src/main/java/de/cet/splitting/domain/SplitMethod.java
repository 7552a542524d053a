package de.cet.splitting.domain;

/** How an amount is divided among the members who share it. */
public enum SplitMethod {
    /** Everybody listed owes the same; no values. */
    EQUAL,
    /** Each value is the member's part in money; the values sum to the amount. */
    EXACT,
    /** Each value is a percentage with at most two fraction digits; they sum to 100. */
    PERCENT,
    /** Each value is a weight (e.g. 2 for a couple, 1.5); parts are proportional to it. */
    SHARES
}
