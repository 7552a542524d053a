package de.cet.budgeting.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A budget reached {@code percent} (80 or 100) of what its window allows. Fired synchronously, once per
 * budget, window and threshold, inside the transaction of the ledger entry that crossed it (the mark in
 * {@code budgeting_threshold_reached} commits with it); observers that notify act in that transaction too.
 */
public record BudgetThresholdReached(UUID bookId, UUID budgetId, String budgetName, int percent, LocalDate windowStart,
                                     LocalDate windowEnd) {}
