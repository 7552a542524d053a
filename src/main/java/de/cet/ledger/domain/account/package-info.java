/** Accounts (bank or cash, public or own funds), IBANs and the rule that cash never goes negative. */
package de.cet.ledger.domain.account;
