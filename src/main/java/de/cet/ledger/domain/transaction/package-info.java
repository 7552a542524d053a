/**
 * The transaction aggregate — expenses, income and transfers with their approval workflow, reversals and
 * change history — and the compliance warnings computed on it.
 */
package de.cet.ledger.domain.transaction;
