/** Plain SQL over the budgeting tables (V130) and the ledger's ledger_effect_sums. */
package de.cet.budgeting.infrastructure;
