package de.cet.ledger.domain.catalogue;

/** Whether a category (official or the book's own) collects income or expenses. */
public enum CategoryKind {
    INCOME,
    EXPENSE
}
