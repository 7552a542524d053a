/** Accounting periods, the rule that they never overlap, the closed-period guard and period closing. */
package de.cet.ledger.domain.period;
