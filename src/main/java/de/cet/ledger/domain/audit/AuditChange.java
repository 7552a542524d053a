package de.cet.ledger.domain.audit;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a use case records for the audit chain, before it is linked: everything of an {@link AuditEntry}
 * except its place in the chain (sequence, prevHash, hash) and its stamp, which {@link AuditChain#link}
 * adds when the transaction appends it, just before commit.
 *
 * @param payload canonical JSON (see {@link CanonicalJson}), fixed when the change is recorded
 */
public record AuditChange(UUID bookId, UUID actorId, String action, String entityType, String entityId, String payload) {

    public AuditChange {
        Objects.requireNonNull(bookId, "bookId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(payload, "payload");
    }

    /** The change with its payload in canonical form. */
    public static AuditChange of(UUID bookId, UUID actorId, String action, String entityType, String entityId,
                                 Map<String, ?> payload) {
        return new AuditChange(bookId, actorId, action, entityType, entityId, CanonicalJson.of(payload));
    }
}
