/** Persistence of the ledger: JPA repositories over the domain classes, native SQL where PostgreSQL does the work (search, balances, the audit chain). */
package de.cet.ledger.infrastructure;
