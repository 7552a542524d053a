/** The inventory register (Inventarverzeichnis): equipment bought with booked EX-700 expenses. */
package de.cet.ledger.domain.inventory;
