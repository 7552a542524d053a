/** Pure calculators over lists of entries: balances per account and fund, open advances, the cash rule. */
package de.cet.ledger.domain.balance;
