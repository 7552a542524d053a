/**
 * Budgets ("funnels"): a limit per category and month (or accounting period), with emoji and colour and
 * an optional rollover of what was left or overspent; the status of each window (spent, remaining,
 * spendable today, percent used) from the ledger's booked effect, and the 80 % / 100 % thresholds
 * reached once per window (ADR 0017).
 */
package de.cet.budgeting;
