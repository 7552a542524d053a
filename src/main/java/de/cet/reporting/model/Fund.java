package de.cet.reporting.model;

/** Which money a report covers: the municipality's grants or the caucus's own money, never mixed. */
public enum Fund {
    PUBLIC,
    OWN
}
