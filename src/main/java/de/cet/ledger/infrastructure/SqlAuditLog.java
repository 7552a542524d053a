package de.cet.ledger.infrastructure;

import de.cet.ledger.domain.audit.AuditEntry;
import de.cet.ledger.domain.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import io.agroal.api.AgroalDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import de.cet.ledger.application.LedgerQueries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The audit chain in {@code ledger_audit_entry}. {@link #appendAtHead} takes a transaction-scoped advisory
 * lock on the book first, so that two concurrent appends to one book queue up instead of both linking to
 * the same head (a fork); other books are not blocked. The head is read by a statement of its own after the
 * lock is granted: under READ COMMITTED that statement's snapshot already sees the entries of the previous
 * holder, whose commit became visible before its lock was released.
 *
 * <p>The append runs while the transaction commits (ADR 0009), after Hibernate has flushed and handed its
 * connection back, so it uses plain JDBC: the pool gives it the connection enlisted in the transaction
 * ({@link #enlist} made sure there is one), and the statements are part of the same database transaction.
 */
@ApplicationScoped
class SqlAuditLog implements AuditLog {

    private static final String COLUMNS = "sequence, book_id, actor_id, at, action, entity_type, entity_id, payload, prev_hash, hash";
    private static final String LOCK = "select cast(pg_advisory_xact_lock(hashtextextended(cast(? as text), 4711)) as text)";

    private final EntityManager em;
    private final AgroalDataSource dataSource;

    SqlAuditLog(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    @Override
    public void enlist() {
        // Taking a connection inside the transaction enlists it until commit; no statement is sent.
        try (Connection c = dataSource.getConnection()) {
            c.isReadOnly();
        } catch (SQLException e) {
            throw new PersistenceException("the audit log cannot join the transaction", e);
        }
    }

    @Override
    public void lock(UUID bookId) {
        em.createNativeQuery(LOCK.replace("?", "?1")).setParameter(1, bookId.toString()).getSingleResult();
    }

    @Override
    public List<AuditEntry> appendAtHead(UUID bookId, Function<AuditEntry, List<AuditEntry>> link) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement(LOCK)) {
                lock.setString(1, bookId.toString());
                lock.executeQuery().close();
            }
            AuditEntry head = null;
            try (PreparedStatement last = c.prepareStatement("select " + COLUMNS
                    + " from ledger_audit_entry where book_id = ? order by sequence desc limit 1")) {
                last.setObject(1, bookId);
                try (ResultSet r = last.executeQuery()) {
                    if (r.next()) {
                        head = new AuditEntry(r.getLong(1), r.getObject(2, UUID.class), r.getObject(3, UUID.class),
                            r.getObject(4, OffsetDateTime.class).toInstant(), r.getString(5), r.getString(6),
                            r.getString(7), r.getString(8), r.getString(9).trim(), r.getString(10).trim());
                    }
                }
            }
            List<AuditEntry> entries = link.apply(head);
            if (!entries.isEmpty()) {
                insert(c, entries);
            }
            return entries;
        } catch (SQLException e) {
            throw new PersistenceException("the audit chain of book " + bookId + " could not be appended to", e);
        }
    }

    private static void insert(Connection c, List<AuditEntry> entries) throws SQLException {
        StringBuilder sql = new StringBuilder("insert into ledger_audit_entry (" + COLUMNS + ") values ");
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "(" : ", (").append("?, ".repeat(9)).append("?)");
        }
        try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
            int p = 0;
            for (AuditEntry e : entries) {
                insert.setLong(++p, e.sequence());
                insert.setObject(++p, e.bookId());
                insert.setObject(++p, e.actorId(), Types.OTHER);
                insert.setObject(++p, e.at().atOffset(ZoneOffset.UTC));
                insert.setString(++p, e.action());
                insert.setString(++p, e.entityType());
                insert.setString(++p, e.entityId());
                insert.setString(++p, e.payload());
                insert.setString(++p, e.prevHash());
                insert.setString(++p, e.hash());
            }
            insert.executeUpdate();
        }
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

    /** One page of the chain's entries that pass the filter, oldest first. */
    @SuppressWarnings("unchecked")
    List<AuditEntry> page(UUID bookId, LedgerQueries.AuditFilter filter, int offset, int limit) {
        Where where = where(bookId, filter);
        Query query = em.createNativeQuery("select " + COLUMNS + " from ledger_audit_entry" + where.sql + " order by sequence");
        where.params.forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows.stream().map(SqlAuditLog::entry).toList();
    }

    long count(UUID bookId, LedgerQueries.AuditFilter filter) {
        Where where = where(bookId, filter);
        Query query = em.createNativeQuery("select count(*) from ledger_audit_entry" + where.sql);
        where.params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private record Where(String sql, Map<Integer, Object> params) {}

    /** Only bound parameters: the filter's values never become SQL text. */
    private static Where where(UUID bookId, LedgerQueries.AuditFilter f) {
        StringBuilder sql = new StringBuilder(" where book_id = ?1");
        Map<Integer, Object> params = new LinkedHashMap<>();
        params.put(1, bookId);
        java.util.function.BiConsumer<String, Object> and = (condition, value) -> {
            int n = params.size() + 1;
            sql.append(" and ").append(condition.replace("?", "?" + n));
            params.put(n, value);
        };
        if (f.action() != null) and.accept("action = ?", f.action());
        if (f.entityType() != null) and.accept("entity_type = ?", f.entityType());
        if (f.entityId() != null) and.accept("entity_id = ?", f.entityId());
        if (f.actorId() != null) and.accept("actor_id = ?", f.actorId());
        if (f.from() != null) and.accept("at >= ?", f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        if (f.to() != null) and.accept("at < ?", f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        return new Where(sql.toString(), params);
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
