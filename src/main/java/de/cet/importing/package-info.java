/**
 * Bank statements in, reconciled: CAMT.053, MT940 and bank CSV files become lines in the book's inbox,
 * duplicates are asked about rather than dropped, rules propose a category, lines are matched to ledger
 * entries or turned into booked ones, and each account's statement balance is compared with the ledger's
 * (ADR 0019). The ledger keeps the entries; this context keeps the lines and their link to an entry.
 */
package de.cet.importing;
