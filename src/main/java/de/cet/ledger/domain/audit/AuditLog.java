package de.cet.ledger.domain.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The stored chain: append-only (no update, no delete — the database refuses both). */
public interface AuditLog {
    /**
     * Makes sure the store takes part in the current transaction now: the append runs while the transaction
     * commits, when it can no longer enlist anything new.
     */
    void enlist();
    /** Takes the book's chain lock until the transaction ends: appends to the book queue up behind it. */
    void lock(UUID bookId);
    /**
     * Under the book's chain lock (held until the transaction ends): reads the newest entry, lets {@code link}
     * build the entries that follow it (it gets null for an empty chain) and stores them in one statement.
     * Meant for the very end of a transaction, after everything else it writes has been sent.
     */
    List<AuditEntry> appendAtHead(UUID bookId, Function<AuditEntry, List<AuditEntry>> link);
    List<AuditEntry> ofBook(UUID bookId);
    /** At most {@code limit} entries with a sequence above {@code afterSequence}, in sequence order. */
    List<AuditEntry> entriesAfter(UUID bookId, long afterSequence, int limit);
}
