package de.cet.books.domain;

/** What a book is for; it changes defaults and which features are shown, not the engine. */
public enum BookKind {
    CAUCUS,
    HOUSEHOLD,
    GROUP
}
