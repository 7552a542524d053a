/** The extraction use case and the port to the e-invoice reader. */
package de.cet.receipts.application;
