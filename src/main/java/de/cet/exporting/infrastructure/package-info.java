/** SQL implementations of the exporting ports. */
package de.cet.exporting.infrastructure;
