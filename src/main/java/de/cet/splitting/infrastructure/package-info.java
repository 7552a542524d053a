/** SQL over the splitting tables (V120) and the ledger entries they belong to. */
package de.cet.splitting.infrastructure;
