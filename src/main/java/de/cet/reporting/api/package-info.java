/**
 * The reports' JSON shape (API.md "Reports"): DTO records built from the report models. Money is a
 * two-decimal string through the shared Jackson setup. The JAX-RS resources come with the ledger queries.
 */
package de.cet.reporting.api;
