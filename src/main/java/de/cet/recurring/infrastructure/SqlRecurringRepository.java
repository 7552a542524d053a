package de.cet.recurring.infrastructure;

import de.cet.recurring.domain.Frequency;
import de.cet.recurring.domain.Recurring;
import de.cet.recurring.domain.RecurringRepository;
import de.cet.recurring.domain.Schedule;
import de.cet.recurring.domain.Template;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over {@code recurring_transaction} and {@code recurring_occurrence} (V131). */
@ApplicationScoped
class SqlRecurringRepository implements RecurringRepository {

    private static final String COLUMNS = """
        id, book_id, type, amount, account_id, category_id, counterparty, description, frequency, interval,
        day_of_month, starts_on, ends_on, auto_book, version, created_by, created_at""";

    private final EntityManager em;

    SqlRecurringRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Recurring> find(UUID bookId, UUID id) {
        return load(em.createNativeQuery("select " + COLUMNS + " from recurring_transaction where book_id = ?1 and id = ?2")
            .setParameter(1, bookId).setParameter(2, id)).stream().findFirst();
    }

    @Override
    public Optional<Recurring> findById(UUID id) {
        return load(em.createNativeQuery("select " + COLUMNS + " from recurring_transaction where id = ?1")
            .setParameter(1, id)).stream().findFirst();
    }

    @Override
    public List<Recurring> ofBook(UUID bookId) {
        return load(em.createNativeQuery("select " + COLUMNS + " from recurring_transaction where book_id = ?1 order by created_at, id")
            .setParameter(1, bookId));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> withDueDatesUpTo(LocalDate today) {
        // a candidate list: started, and not ended before its latest handled date; the schedule decides
        return em.createNativeQuery("""
                select r.id from recurring_transaction r
                where r.starts_on <= ?1
                  and (r.ends_on is null or r.ends_on > coalesce(
                        (select max(o.due_date) from recurring_occurrence o where o.recurring_id = r.id), '-infinity'))
                order by r.id""")
            .setParameter(1, today).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Recurring> load(Query query) {
        List<Recurring> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            Template template = new Template(Template.EntryType.valueOf((String) r[2]), Money.of((BigDecimal) r[3]),
                (UUID) r[4], (UUID) r[5], (String) r[6], (String) r[7]);
            Schedule schedule = new Schedule(Frequency.valueOf((String) r[8]), ((Number) r[9]).intValue(),
                r[10] == null ? null : ((Number) r[10]).intValue(), date(r[11]), date(r[12]));
            out.add(new Recurring((UUID) r[0], (UUID) r[1], template, schedule, (Boolean) r[13],
                ((Number) r[14]).longValue(), (UUID) r[15], instant(r[16])));
        }
        return out;
    }

    @Override
    public void insert(Recurring r) {
        Query q = em.createNativeQuery("""
                insert into recurring_transaction (id, book_id, type, amount, account_id, category_id, counterparty,
                    description, frequency, interval, day_of_month, starts_on, ends_on, auto_book, version, created_by,
                    created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)""");
        bind(q, r);
        q.setParameter(16, r.createdBy()).setParameter(17, r.createdAt()).executeUpdate();
    }

    @Override
    public boolean update(Recurring r, long expectedVersion) {
        Query q = em.createNativeQuery("""
                update recurring_transaction set type = ?3, amount = ?4, account_id = ?5, category_id = ?6,
                    counterparty = ?7, description = ?8, frequency = ?9, interval = ?10, day_of_month = ?11,
                    starts_on = ?12, ends_on = ?13, auto_book = ?14, version = ?15
                where id = ?1 and book_id = ?2 and version = ?16""");
        bind(q, r);
        return q.setParameter(16, expectedVersion).executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private static void bind(Query query, Recurring r) {
        // typed nulls: PostgreSQL must know the column type of an absent value
        org.hibernate.query.NativeQuery<Object> q = query.unwrap(org.hibernate.query.NativeQuery.class);
        Template t = r.template();
        Schedule s = r.schedule();
        q.setParameter(1, r.id()).setParameter(2, r.bookId()).setParameter(3, t.type().name())
            .setParameter(4, t.amount().amount()).setParameter(5, t.accountId());
        q.setParameter(6, t.categoryId(), UUID.class);
        q.setParameter(7, t.counterparty()).setParameter(8, t.description())
            .setParameter(9, s.frequency().name()).setParameter(10, s.interval());
        q.setParameter(11, s.dayOfMonth() == null ? null : s.dayOfMonth().shortValue(), Short.class);
        q.setParameter(12, s.startsOn());
        q.setParameter(13, s.endsOn(), LocalDate.class);
        q.setParameter(14, r.autoBook()).setParameter(15, r.version());
    }

    @Override
    public void delete(UUID bookId, UUID id) {
        em.createNativeQuery("delete from recurring_transaction where book_id = ?1 and id = ?2")
            .setParameter(1, bookId).setParameter(2, id).executeUpdate();
    }

    @Override
    public LocalDate lastHandled(UUID id) {
        Object value = em.createNativeQuery("select max(due_date) from recurring_occurrence where recurring_id = ?1")
            .setParameter(1, id).getSingleResult();
        return value == null ? null : date(value);
    }

    @Override
    public boolean claim(UUID id, LocalDate dueDate, Instant at) {
        return em.createNativeQuery("""
                insert into recurring_occurrence (recurring_id, due_date, handled_at) values (?1, ?2, ?3)
                on conflict (recurring_id, due_date) do nothing""")
            .setParameter(1, id).setParameter(2, dueDate).setParameter(3, at).executeUpdate() == 1;
    }

    @Override
    public void entryMade(UUID id, LocalDate dueDate, UUID transactionId) {
        em.createNativeQuery("update recurring_occurrence set transaction_id = ?3 where recurring_id = ?1 and due_date = ?2")
            .setParameter(1, id).setParameter(2, dueDate).setParameter(3, transactionId).executeUpdate();
    }

    @Override
    public boolean failed(UUID id, LocalDate dueDate, String reason, Instant at) {
        String text = reason.length() > 500 ? reason.substring(0, 500) : reason;
        return em.createNativeQuery("""
                insert into recurring_occurrence (recurring_id, due_date, failure, handled_at) values (?1, ?2, ?3, ?4)
                on conflict (recurring_id, due_date) do nothing""")
            .setParameter(1, id).setParameter(2, dueDate).setParameter(3, text).setParameter(4, at).executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Occurrence> occurrences(UUID id, int limit) {
        List<Occurrence> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select due_date, transaction_id, failure from recurring_occurrence where recurring_id = ?1
                order by due_date desc""").setParameter(1, id).setMaxResults(limit).getResultList()) {
            out.add(new Occurrence(date(r[0]), (UUID) r[1], (String) r[2]));
        }
        return out;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
