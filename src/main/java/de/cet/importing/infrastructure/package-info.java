/** Plain SQL over the importing_* tables (V150), and the reads of the ledger's tables the match and reconciliation need. */
package de.cet.importing.infrastructure;
