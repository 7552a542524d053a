package de.cet.ledger.domain.account;

/** Where money sits: a bank account with an IBAN, or a cash box (Barkasse). */
public enum AccountType {
    BANK,
    CASH
}
