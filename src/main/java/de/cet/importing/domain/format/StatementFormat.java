package de.cet.importing.domain.format;

/** The file formats a statement can come in. */
public enum StatementFormat {
    CAMT053, MT940, CSV
}
