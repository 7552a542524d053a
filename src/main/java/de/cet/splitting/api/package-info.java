/** REST resources of shared expenses: split balances, settle-up, settlements, an entry's split. */
package de.cet.splitting.api;
