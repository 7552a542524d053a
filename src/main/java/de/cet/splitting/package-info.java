/**
 * Shared expenses: an expense (or a refund) split among a book's members by one of four methods, with one
 * or several payers; each member's balance (paid, owes, net) at any date; a settle-up proposal with the
 * fewest transfers; settlements between members. The ledger keeps the entry; this context keeps who paid
 * and who owes which part of it (ADR 0011).
 */
package de.cet.splitting;
