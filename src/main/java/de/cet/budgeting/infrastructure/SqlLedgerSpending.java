package de.cet.budgeting.infrastructure;

import de.cet.budgeting.application.LedgerSpending;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Spending per category and month from the ledger's one money rule, {@code ledger_effect_sums} (V101). */
@ApplicationScoped
class SqlLedgerSpending implements LedgerSpending {

    private final EntityManager em;

    SqlLedgerSpending(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<LocalDate, Money>> expenseByCategoryAndMonth(UUID bookId, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("""
                select e.category_id, e.month, sum(e.expense)
                from ledger_effect_sums(?1, cast(?2 as date), cast(?3 as date)) e
                where e.counts_in_totals and e.category_id is not null
                group by 1, 2""")
            .setParameter(1, bookId).setParameter(2, from).setParameter(3, to).getResultList();
        Map<UUID, Map<LocalDate, Money>> out = new HashMap<>();
        for (Object[] r : rows) {
            LocalDate month = r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1];
            out.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                .merge(month, Money.of(((BigDecimal) r[2]).setScale(2)), Money::plus);
        }
        return out;
    }
}
