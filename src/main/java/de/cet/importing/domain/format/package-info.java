/** Readers of statement files (CAMT.053, MT940, bank CSV) into {@link de.cet.importing.domain.format.Statement}s. Pure Java. */
package de.cet.importing.domain.format;
