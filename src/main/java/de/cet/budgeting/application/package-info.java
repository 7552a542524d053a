/** Budget use cases, authorization, the status read over the ledger's booked effect and the threshold check. */
package de.cet.budgeting.application;
