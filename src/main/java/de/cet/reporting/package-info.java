/**
 * Reporting: the documents the mayor's office and the auditors ask for (transparency report, expense
 * report, audit package). Kept flat: {@code model} holds the immutable report contents, {@code render}
 * turns them into PDF, CSV, JSON and the audit ZIP. Filling the models from the ledger is the job of
 * the query side, which implements {@link de.cet.reporting.AuditPackageSource} and builds the models.
 */
package de.cet.reporting;
