/**
 * Recurring transactions (rent, phone, grants): a template entry and a schedule; each due date becomes
 * exactly one ledger entry (a draft, or booked where allowed), made through the ledger's own create path,
 * catching up after downtime and never twice, also with several instances (ADR 0017).
 */
package de.cet.recurring;
