package de.cet.books.domain;

import java.util.UUID;

/**
 * Fired synchronously inside the transaction that creates a book, so that observers (the ledger's
 * first period and default categories) commit or roll back with it. {@code firstPeriod} may be null.
 */
public record BookCreated(UUID bookId, BookKind kind, String locale, UUID createdBy, FirstPeriod firstPeriod) {}
