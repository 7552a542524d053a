/**
 * Reporting: the documents the mayor's office and the auditors ask for (transparency report, expense
 * report, audit package) and the dashboard's overview. {@code model} holds the immutable report
 * contents, {@code render} turns them into PDF, CSV and the audit ZIP, {@code application} fills them
 * from the ledger (and implements {@link de.cet.reporting.AuditPackageSource}), {@code infrastructure}
 * holds the aggregating SQL, {@code api} the resources. See docs/reporting.md.
 */
package de.cet.reporting;
