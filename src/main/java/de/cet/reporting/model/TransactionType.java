package de.cet.reporting.model;

/** The ledger's transaction types as reports show them. */
public enum TransactionType {
    INCOME,
    EXPENSE,
    TRANSFER
}
