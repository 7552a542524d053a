package de.cet.notifications.application;

import java.util.UUID;

/**
 * What an open client is told: {@code {type, bookId, id}}. A book-scoped event reaches the book's members;
 * one with {@code userId} reaches that user only (their own notification), and is never sent with it.
 */
public record LiveEvent(String type, UUID bookId, UUID id, UUID userId) {

    public static final String TRANSACTION_CHANGED = "transaction.changed";
    public static final String NOTIFICATION = "notification";
    public static final String BUDGET_STATUS = "budget.status";
    public static final String IMPORT_FINISHED = "import.finished";

    public static LiveEvent forBook(String type, UUID bookId, UUID id) {
        return new LiveEvent(type, bookId, id, null);
    }
}
