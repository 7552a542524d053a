package de.cet.ledger.domain.account;

/** Public money (the municipality's grants, reported on) or own funds (contributions, donations), kept strictly apart. */
public enum Fund {
    PUBLIC,
    OWN
}
