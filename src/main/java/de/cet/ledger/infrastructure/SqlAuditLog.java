package de.cet.ledger.infrastructure;

import de.cet.ledger.domain.audit.AuditEntry;
import de.cet.ledger.domain.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit chain in {@code ledger_audit_entry}. {@link #lastForUpdate} takes a transaction-scoped advisory
 * lock on the book first, so that two concurrent appends to one book queue up instead of both linking to
 * the same head (a fork); other books are not blocked.
 */
@ApplicationScoped
class SqlAuditLog implements AuditLog {

    private static final String COLUMNS = "sequence, book_id, actor_id, at, action, entity_type, entity_id, payload, prev_hash, hash";

    private final EntityManager em;

    SqlAuditLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AuditEntry> lastForUpdate(UUID bookId) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 4711)) as text)")
            .setParameter(1, bookId.toString()).getSingleResult();
        return rows("select " + COLUMNS + " from ledger_audit_entry where book_id = ?1 order by sequence desc",
            bookId, 0, 1).stream().findFirst();
    }

    @Override
    public void append(AuditEntry e) {
        em.createNativeQuery("insert into ledger_audit_entry (" + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
            .setParameter(1, e.sequence()).setParameter(2, e.bookId()).setParameter(3, e.actorId())
            .setParameter(4, e.at()).setParameter(5, e.action()).setParameter(6, e.entityType())
            .setParameter(7, e.entityId()).setParameter(8, e.payload()).setParameter(9, e.prevHash())
            .setParameter(10, e.hash()).executeUpdate();
    }

    @Override
    public List<AuditEntry> ofBook(UUID bookId) {
        return rows("select " + COLUMNS + " from ledger_audit_entry where book_id = ?1 order by sequence", bookId, 0, Integer.MAX_VALUE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AuditEntry> entriesAfter(UUID bookId, long afterSequence, int limit) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
                + " from ledger_audit_entry where book_id = ?1 and sequence > ?2 order by sequence")
            .setParameter(1, bookId).setParameter(2, afterSequence).setMaxResults(limit).getResultList();
        return rows.stream().map(SqlAuditLog::entry).toList();
    }

    /** One page of the chain, oldest first. */
    List<AuditEntry> page(UUID bookId, int offset, int limit) {
        return rows("select " + COLUMNS + " from ledger_audit_entry where book_id = ?1 order by sequence", bookId, offset, limit);
    }

    long count(UUID bookId) {
        return ((Number) em.createNativeQuery("select count(*) from ledger_audit_entry where book_id = ?1")
            .setParameter(1, bookId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<AuditEntry> rows(String sql, UUID bookId, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, bookId)
            .setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows.stream().map(SqlAuditLog::entry).toList();
    }

    private static AuditEntry entry(Object[] r) {
        return new AuditEntry(((Number) r[0]).longValue(), (UUID) r[1], (UUID) r[2],
            JpaTransactionRepository.instant(r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
            ((String) r[8]).trim(), ((String) r[9]).trim());
    }
}
