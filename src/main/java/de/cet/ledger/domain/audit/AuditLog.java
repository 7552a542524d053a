package de.cet.ledger.domain.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored chain: append-only (no update, no delete — the database refuses both). */
public interface AuditLog {
    /** The newest entry, read under a lock that serialises appends per book. */
    Optional<AuditEntry> lastForUpdate(UUID bookId);
    void append(AuditEntry entry);
    List<AuditEntry> ofBook(UUID bookId);
    /** At most {@code limit} entries with a sequence above {@code afterSequence}, in sequence order. */
    List<AuditEntry> entriesAfter(UUID bookId, long afterSequence, int limit);
}
