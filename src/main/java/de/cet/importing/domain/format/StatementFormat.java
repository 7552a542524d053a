package de.cet.importing.domain.format;

/** The file formats a statement can come in. */
public enum StatementFormat {
    CAMT053, MT940, CSV,
    /** A bank's alert mail, read by a template (ADR 0022). */
    MAIL
}
