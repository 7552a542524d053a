/**
 * The ledger context: the books a caucus, household or group keeps — accounts, periods, categories,
 * transactions, receipts, inventory, balances and the audit chain.
 */
package de.cet.ledger;
