/** Use cases: attaching a split to a ledger entry, balances, the settle-up proposal, settlements; authorization and transactions. */
package de.cet.splitting.application;
