package de.cet.ledger.application;

import de.cet.ledger.domain.audit.AuditChain;
import de.cet.ledger.domain.audit.AuditEntry;
import de.cet.ledger.domain.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Appends to a book's hash chain inside the use case's transaction, so the entry commits or rolls back with the change. */
@ApplicationScoped
public class AuditTrail {

    private final AuditLog log;
    private final Clock clock;

    AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Serialises this transaction with every other change of the book (the chain's lock), e.g. to number receipts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockBook(UUID bookId) {
        log.lastForUpdate(bookId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(UUID bookId, UUID actorId, String action, String entityType, Object entityId,
                             Map<String, ?> payload) {
        AuditEntry previous = log.lastForUpdate(bookId).orElse(null);
        AuditEntry entry = AuditChain.append(previous, bookId, actorId, clock.instant(), action, entityType,
            entityId == null ? null : entityId.toString(), payload);
        log.append(entry);
        return entry;
    }
}
