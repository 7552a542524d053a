package de.cet.ledger.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.ledger.domain.transaction.ChangeAction;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.ledger.domain.transaction.TransactionChange;
import de.cet.ledger.domain.transaction.TransactionRepository;
import de.cet.ledger.domain.transaction.TransactionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaTransactionRepository implements TransactionRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final EntityManager em;
    private final ObjectMapper json;

    JpaTransactionRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public Optional<Transaction> find(UUID bookId, UUID transactionId) {
        return Optional.ofNullable(em.find(Transaction.class, transactionId)).filter(t -> t.bookId().equals(bookId));
    }

    @Override
    public List<Transaction> bookedOnAccount(UUID bookId, UUID accountId) {
        return em.createQuery("""
                from Transaction t where t.bookId = :b and t.status = :s
                and (t.content.accountId = :a or t.content.toAccountId = :a) order by t.content.date, t.createdAt""", Transaction.class)
            .setParameter("b", bookId).setParameter("s", TransactionStatus.BOOKED).setParameter("a", accountId)
            .getResultList();
    }

    @Override
    public List<Transaction> bookedAdvancesOf(UUID bookId, UUID memberId) {
        return em.createQuery("""
                from Transaction t where t.bookId = :b and t.status = :s
                and (t.content.paidByMemberId = :m or t.content.reimbursesMemberId = :m) order by t.content.date, t.createdAt""", Transaction.class)
            .setParameter("b", bookId).setParameter("s", TransactionStatus.BOOKED).setParameter("m", memberId)
            .getResultList();
    }

    @Override
    public List<Transaction> findAll(UUID bookId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Transaction> byId = new java.util.HashMap<>();
        // Read-only: a page's entries are only shown, so Hibernate keeps no copy of their state to dirty-check.
        em.createQuery("from Transaction t where t.bookId = :b and t.id in :ids", Transaction.class)
            .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
            .setParameter("b", bookId).setParameter("ids", ids).getResultList().forEach(t -> byId.put(t.id(), t));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<Transaction> ofBook(UUID bookId) {
        return em.createQuery("from Transaction t where t.bookId = :b order by t.content.date, t.createdAt", Transaction.class)
            .setParameter("b", bookId).getResultList();
    }

    @Override
    public void save(Transaction transaction) {
        if (!em.contains(transaction)) {
            em.persist(transaction);
        }
        em.flush();
    }

    @Override
    public void newVersion(Transaction transaction) {
        // PESSIMISTIC_FORCE_INCREMENT writes the new version now (OPTIMISTIC_ only at commit, after the
        // answer with its ETag was made).
        em.lock(transaction, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    @Override
    public void delete(Transaction transaction) {
        em.remove(transaction);
        em.flush();
    }

    @Override
    public void appendHistory(UUID bookId, UUID transactionId, List<TransactionChange> changes) {
        for (TransactionChange c : changes) {
            em.createNativeQuery("""
                    insert into ledger_transaction_change (book_id, transaction_id, actor_id, at, action, before, after)
                    values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), cast(?7 as jsonb))""")
                .setParameter(1, bookId).setParameter(2, transactionId).setParameter(3, c.actor())
                .setParameter(4, c.at()).setParameter(5, c.action().name())
                .setParameter(6, write(c.before())).setParameter(7, write(c.after())).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TransactionChange> history(UUID bookId, UUID transactionId) {
        List<Object[]> rows = em.createNativeQuery("""
                select actor_id, at, action, cast(before as text), cast(after as text) from ledger_transaction_change
                where book_id = ?1 and transaction_id = ?2 order by id""")
            .setParameter(1, bookId).setParameter(2, transactionId).getResultList();
        return rows.stream().map(r -> new TransactionChange((UUID) r[0], instant(r[1]), ChangeAction.valueOf((String) r[2]),
            read((String) r[3]), read((String) r[4]))).toList();
    }

    static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }

    private String write(Map<String, Object> map) {
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history snapshot cannot be written", e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history snapshot cannot be read", e);
        }
    }
}
