/** The extraction result and its rules; plain Java. */
package de.cet.receipts.domain;
