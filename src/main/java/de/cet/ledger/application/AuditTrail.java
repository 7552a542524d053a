package de.cet.ledger.application;

import de.cet.ledger.domain.audit.AuditChain;
import de.cet.ledger.domain.audit.AuditChange;
import de.cet.ledger.domain.audit.AuditEntry;
import de.cet.ledger.domain.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The book's hash chain as use cases see it: {@link #record} notes a change in the use case's transaction,
 * and the transaction appends everything it noted just before it commits (ADR 0009). Only then does it take
 * the book's chain lock, read the head and link the entries, so the lock is held for those two statements,
 * one insert and the commit, not for the whole request: creates in one book run side by side and queue up
 * only for the append. The entries commit or roll back with the change; a rolled-back transaction never
 * appends (before-completion hooks run only on the way to a commit).
 */
@ApplicationScoped
public class AuditTrail {

    /** The key of the transaction's pending changes in the registry (one per transaction). */
    private static final Object PENDING = new Object() {
        @Override
        public String toString() {
            return "cet.audit.pending";
        }
    };

    private final AuditLog log;
    private final Clock clock;
    private final TransactionSynchronizationRegistry registry;

    AuditTrail(AuditLog log, Clock clock, TransactionSynchronizationRegistry registry) {
        this.log = log;
        this.clock = clock;
        this.registry = registry;
    }

    /**
     * Serialises the rest of this transaction with every other change of the book (the chain's lock, held
     * until commit), for the few use cases that need it for themselves, e.g. to number receipts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockBook(UUID bookId) {
        log.lock(bookId);
    }

    /** Notes a change for the book's chain; it is appended when this transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID bookId, UUID actorId, String action, String entityType, Object entityId,
                       Map<String, ?> payload) {
        // Canonical now: the payload describes the change as it was made, whatever happens to the map later.
        pending().add(AuditChange.of(bookId, actorId, action, entityType, entityId == null ? null : entityId.toString(),
            payload));
    }

    private Pending pending() {
        Pending pending = (Pending) registry.getResource(PENDING);
        if (pending == null) {
            log.enlist();
            pending = new Pending();
            registry.putResource(PENDING, pending);
            // Interposed: runs after the application's own synchronizations, as late before commit as JTA allows.
            registry.registerInterposedSynchronization(pending);
        }
        return pending;
    }

    /** One transaction's changes, per book in the order recorded; books in id order, so two appenders never deadlock. */
    private final class Pending implements Synchronization {
        private final Map<UUID, List<AuditChange>> byBook = new TreeMap<>();
        private boolean appended;

        void add(AuditChange change) {
            if (appended) {
                // A change noted while the transaction commits would never reach the chain: refuse it loudly.
                throw new IllegalStateException("the transaction has already appended its audit entries");
            }
            byBook.computeIfAbsent(change.bookId(), b -> new ArrayList<>()).add(change);
        }

        @Override
        public void beforeCompletion() {
            appended = true;
            for (Map.Entry<UUID, List<AuditChange>> book : byBook.entrySet()) {
                log.appendAtHead(book.getKey(), head -> {
                    List<AuditEntry> entries = new ArrayList<>(book.getValue().size());
                    AuditEntry previous = head;
                    for (AuditChange change : book.getValue()) {
                        previous = AuditChain.link(previous, change, clock.instant());
                        entries.add(previous);
                    }
                    return entries;
                });
            }
        }

        @Override
        public void afterCompletion(int status) {
            // Nothing to undo: the entries were written in the transaction and share its outcome.
        }
    }
}
