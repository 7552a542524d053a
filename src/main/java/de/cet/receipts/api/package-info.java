/** The extraction resource. */
package de.cet.receipts.api;
