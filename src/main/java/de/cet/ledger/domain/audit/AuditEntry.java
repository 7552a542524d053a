package de.cet.ledger.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One link of a book's audit chain. Immutable: once written it is never updated or deleted (the table's
 * trigger refuses both). {@code hash = SHA-256(prevHash + "\n" + canonical fields)} in lower-case hex.
 *
 * @param actorId the user who acted; null for the system (scheduled jobs)
 * @param payload canonical JSON of what changed (see {@link CanonicalJson})
 */
public record AuditEntry(long sequence, UUID bookId, UUID actorId, Instant at, String action, String entityType,
                         String entityId, String payload, String prevHash, String hash) {

    static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        Objects.requireNonNull(bookId, "bookId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }
}
