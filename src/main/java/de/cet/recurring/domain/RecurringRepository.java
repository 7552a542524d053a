package de.cet.recurring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Recurring transactions and the due dates handled for them. */
public interface RecurringRepository {
    Optional<Recurring> find(UUID bookId, UUID id);

    List<Recurring> ofBook(UUID bookId);

    /** Every recurring transaction of every book with a due date up to {@code today} not handled yet (ids only). */
    List<UUID> withDueDatesUpTo(LocalDate today);

    Optional<Recurring> findById(UUID id);

    void insert(Recurring recurring);

    /** Writes the changed content; false when the stored version is no longer {@code expectedVersion}. */
    boolean update(Recurring recurring, long expectedVersion);

    void delete(UUID bookId, UUID id);

    /** The latest due date handled (an entry made or a failure noted), or null. */
    LocalDate lastHandled(UUID id);

    /**
     * Claims {@code dueDate} for this transaction: inserts its occurrence row. A second claim of the same
     * date waits for the first one's transaction and then answers false, so exactly one entry is made.
     */
    boolean claim(UUID id, LocalDate dueDate, Instant at);

    /** Notes the entry made for the claimed date. */
    void entryMade(UUID id, LocalDate dueDate, UUID transactionId);

    /** Notes (in a transaction of its own, after the entry's failed) why no entry could be made; false if already handled. */
    boolean failed(UUID id, LocalDate dueDate, String reason, Instant at);

    /** The handled due dates, newest first (at most {@code limit}). */
    List<Occurrence> occurrences(UUID id, int limit);

    record Occurrence(LocalDate dueDate, UUID transactionId, String failure) {}
}
