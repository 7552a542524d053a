/** The Mustang-based e-invoice reader. */
package de.cet.receipts.infrastructure;
