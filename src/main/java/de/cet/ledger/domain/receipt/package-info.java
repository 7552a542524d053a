/** Receipt metadata: running numbers per book and period, safe file names, allowed content types. */
package de.cet.ledger.domain.receipt;
