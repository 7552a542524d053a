/** SQL behind the reporting queries: aggregation in PostgreSQL, one query per figure group. */
package de.cet.reporting.infrastructure;
