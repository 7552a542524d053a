package de.cet.budgeting.infrastructure;

import de.cet.budgeting.domain.Budget;
import de.cet.budgeting.domain.BudgetRepository;
import de.cet.budgeting.domain.BudgetWindow;
import de.cet.budgeting.domain.Cadence;
import de.cet.budgeting.domain.LimitHistory;
import de.cet.shared.error.StaleVersionException;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over {@code budgeting_budget}, {@code budgeting_budget_limit} and {@code budgeting_threshold_reached} (V130). */
@ApplicationScoped
class SqlBudgetRepository implements BudgetRepository {

    private static final String COLUMNS = """
        id, book_id, category_id, name, emoji, color, cadence, rollover, starts_on, version, created_by, created_at""";

    private final EntityManager em;

    SqlBudgetRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Budget> find(UUID bookId, UUID budgetId) {
        return load("select " + COLUMNS + " from budgeting_budget where book_id = ?1 and id = ?2", bookId, budgetId)
            .stream().findFirst();
    }

    @Override
    public List<Budget> ofBook(UUID bookId) {
        return load("select " + COLUMNS + " from budgeting_budget where book_id = ?1 order by created_at, name, id", bookId, null);
    }

    @SuppressWarnings("unchecked")
    private List<Budget> load(String sql, UUID bookId, UUID id) {
        var query = em.createNativeQuery(sql).setParameter(1, bookId);
        if (id != null) {
            query.setParameter(2, id);
        }
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<LocalDate, Money>> limits = new HashMap<>();
        List<Object[]> limitRows = em.createNativeQuery("""
                select l.budget_id, l.valid_from, l.amount from budgeting_budget_limit l
                join budgeting_budget b on b.id = l.budget_id where b.book_id = ?1""")
            .setParameter(1, bookId).getResultList();
        for (Object[] r : limitRows) {
            limits.computeIfAbsent((UUID) r[0], k -> new LinkedHashMap<>()).put(date(r[1]), Money.of((BigDecimal) r[2]));
        }
        List<Budget> out = new ArrayList<>();
        for (Object[] r : rows) {
            UUID budgetId = (UUID) r[0];
            out.add(Budget.restore(budgetId, (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4], (String) r[5],
                Cadence.valueOf((String) r[6]), (Boolean) r[7], date(r[8]), LimitHistory.restore(limits.get(budgetId)),
                ((Number) r[9]).longValue(), (UUID) r[10], instant(r[11])));
        }
        return out;
    }

    @Override
    public void save(Budget b, boolean isNew) {
        if (isNew) {
            em.createNativeQuery("""
                    insert into budgeting_budget (id, book_id, category_id, name, emoji, color, cadence, rollover,
                                                  starts_on, version, created_by, created_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""")
                .setParameter(1, b.id()).setParameter(2, b.bookId()).setParameter(3, b.categoryId())
                .setParameter(4, b.name()).setParameter(5, b.emoji()).setParameter(6, b.color())
                .setParameter(7, b.cadence().name()).setParameter(8, b.rollover()).setParameter(9, b.startsOn())
                .setParameter(10, b.version()).setParameter(11, b.createdBy()).setParameter(12, b.createdAt())
                .executeUpdate();
        } else {
            // the version the edit started from is one less than the budget's now; a concurrent edit moved it on
            int updated = em.createNativeQuery("""
                    update budgeting_budget set category_id = ?3, name = ?4, emoji = ?5, color = ?6, cadence = ?7,
                        rollover = ?8, starts_on = ?9, version = ?10
                    where book_id = ?1 and id = ?2 and version = ?11""")
                .setParameter(1, b.bookId()).setParameter(2, b.id()).setParameter(3, b.categoryId())
                .setParameter(4, b.name()).setParameter(5, b.emoji()).setParameter(6, b.color())
                .setParameter(7, b.cadence().name()).setParameter(8, b.rollover()).setParameter(9, b.startsOn())
                .setParameter(10, b.version()).setParameter(11, b.version() - 1).executeUpdate();
            if (updated == 0) {
                throw new StaleVersionException(true, b.version() - 1);
            }
            em.createNativeQuery("delete from budgeting_budget_limit where budget_id = ?1")
                .setParameter(1, b.id()).executeUpdate();
        }
        for (Map.Entry<LocalDate, Money> l : b.limits().asMap().entrySet()) {
            em.createNativeQuery("insert into budgeting_budget_limit (budget_id, valid_from, amount) values (?1, ?2, ?3)")
                .setParameter(1, b.id()).setParameter(2, l.getKey()).setParameter(3, l.getValue().amount())
                .executeUpdate();
        }
    }

    @Override
    public void delete(UUID bookId, UUID budgetId) {
        // limits and threshold marks go with it (on delete cascade); no transaction is touched
        em.createNativeQuery("delete from budgeting_budget where book_id = ?1 and id = ?2")
            .setParameter(1, bookId).setParameter(2, budgetId).executeUpdate();
    }

    @Override
    public boolean markReached(UUID budgetId, BudgetWindow window, int percent, UUID transactionId, Instant at) {
        return em.createNativeQuery("""
                insert into budgeting_threshold_reached (budget_id, window_start, percent, window_end, transaction_id, reached_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (budget_id, window_start, percent) do nothing""")
            .setParameter(1, budgetId).setParameter(2, window.start()).setParameter(3, (short) percent)
            .setParameter(4, window.end()).setParameter(5, transactionId).setParameter(6, at)
            .executeUpdate() == 1;
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
