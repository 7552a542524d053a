/**
 * Reporting use cases: building the transparency and expense reports from the ledger, signing off a
 * period, the audit package. Authorization is checked here (through the ledger's {@code LedgerAccess});
 * the figures come from {@link de.cet.reporting.application.ReportingQueries}, which aggregates in SQL.
 */
package de.cet.reporting.application;
