package de.cet.ledger.infrastructure;

import de.cet.ledger.application.LedgerQueries;
import de.cet.ledger.domain.audit.AuditEntry;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class SqlLedgerQueries implements LedgerQueries {

    /** Sortable fields of the search and their columns; id breaks ties so that paging is stable. */
    private static final Map<String, String> SORT = Map.of("date", "date", "amount", "amount", "createdAt", "created_at",
        "status", "status", "type", "type", "counterparty", "counterparty");

    private final EntityManager em;
    private final SqlAuditLog audit;

    SqlLedgerQueries(EntityManager em, SqlAuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    @Override
    public Map<UUID, Money> openAdvances(UUID bookId) {
        return openAdvances(bookId, null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, Money> openAdvances(UUID bookId, LocalDate asOf) {
        // The rule's "owed" (V100) from the kept aggregates (ledger_effect_sums, V101, ADR 0008) instead of
        // loading every advance of the book as an entity (bench/reports: 8 571 entities cost ~300 ms).
        List<Object[]> rows = em.createNativeQuery("""
                select e.member_id, sum(e.owed) from ledger_effect_sums(?1, null, cast(?2 as date)) e
                where e.member_id is not null
                group by e.member_id
                having sum(e.owed) > 0""")
            .setParameter(1, bookId).setParameter(2, asOf).getResultList();
        Map<UUID, Money> result = new HashMap<>();
        for (Object[] r : rows) {
            result.put((UUID) r[0], Money.of((BigDecimal) r[1]));
        }
        return result;
    }

    @Override
    public Map<UUID, Money> balances(UUID bookId, LocalDate asOf) {
        return balances(bookId, asOf, false);
    }

    @Override
    public Map<UUID, Money> balancesAtStartOf(UUID bookId, LocalDate day) {
        return balances(bookId, day, true);
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Money> balances(UUID bookId, LocalDate day, boolean atStart) {
        List<Object[]> rows = em.createNativeQuery("select account_id, balance from ledger_balances(?1, ?2, ?3)")
            .setParameter(1, bookId).setParameter(2, day).setParameter(3, atStart).getResultList();
        Map<UUID, Money> result = new HashMap<>();
        for (Object[] r : rows) {
            result.put((UUID) r[0], Money.of((BigDecimal) r[1]));
        }
        return result;
    }

    @Override
    public SearchResult search(UUID bookId, Criteria c, int page, int size, String sortField, boolean ascending,
                               Position after) {
        String column = SORT.getOrDefault(sortField, "date");
        long offset = (long) page * size;
        boolean kept = c.memberId() == null && c.minAmount() == null && c.maxAmount() == null
            && (c.q() == null || c.q().isBlank());
        if (!kept) {
            return direct(bookId, c, offset, size, column, ascending, after);
        }
        // Answered from the kept aggregate (ADR 0008): the whole months of the range from
        // ledger_listing_total, the partial months at its edges from the entries, per month.
        List<MonthTotal> months = monthTotals(bookId, c);
        long count = 0;
        BigDecimal income = BigDecimal.ZERO;
        BigDecimal expense = BigDecimal.ZERO;
        for (MonthTotal m : months) {
            count += m.entries();
            income = income.add(m.income());
            expense = expense.add(m.expense());
        }
        Page ids;
        if (after != null) {
            ids = page(filter(bookId, c, c.from(), c.to()), column, ascending, 0, size, after);
        } else if (offset >= count) {
            ids = Page.EMPTY;
        } else if ("date".equals(column)) {
            ids = pageInDateOrder(bookId, c, months, offset, size, ascending);
        } else {
            Filter f = filter(bookId, c, c.from(), c.to());
            ids = page(f, column, ascending, offset, size, null);
        }
        return new SearchResult(ids.ids(), count, Money.of(income), Money.of(expense), ids.last());
    }

    /** A page in date order: the months after the page (in the sort direction) are skipped by their counts. */
    private Page pageInDateOrder(UUID bookId, Criteria c, List<MonthTotal> months, long offset, int size,
                                       boolean ascending) {
        List<MonthTotal> inOrder = new ArrayList<>(months);
        inOrder.sort(ascending ? Comparator.comparing(MonthTotal::month) : Comparator.comparing(MonthTotal::month).reversed());
        long skipped = 0;
        LocalDate from = c.from();
        LocalDate to = c.to();
        for (MonthTotal m : inOrder) {
            if (skipped + m.entries() > offset) {
                if (ascending) {
                    from = later(from, m.month());
                } else {
                    to = earlier(to, m.month().plusMonths(1).minusDays(1));
                }
                break;
            }
            skipped += m.entries();
        }
        return page(filter(bookId, c, from, to), "date", ascending, offset - skipped, size, null);
    }

    private record MonthTotal(LocalDate month, long entries, BigDecimal income, BigDecimal expense) {}

    @SuppressWarnings("unchecked")
    private List<MonthTotal> monthTotals(UUID bookId, Criteria c) {
        MonthSplit split = MonthSplit.of(c.from(), c.to());
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("book", bookId);
        if (split.hasWholeMonths()) {
            StringBuilder agg = new StringBuilder("""
                select a.month, sum(a.entries) as n,
                  coalesce(sum(a.signed_amount) filter (where a.type = 'INCOME'), 0) as income,
                  coalesce(sum(a.signed_amount) filter (where a.type = 'EXPENSE'), 0) as expense
                from ledger_listing_total a where a.book_id = :book""");
            if (split.wholeFrom() != null) {
                agg.append(" and a.month >= :wholeFrom");
                params.put("wholeFrom", split.wholeFrom());
            }
            if (split.wholeUntil() != null) {
                agg.append(" and a.month < :wholeUntil");
                params.put("wholeUntil", split.wholeUntil());
            }
            keys(agg, params, c, "a");
            parts.add(agg.append(" group by a.month").toString());
        }
        int edge = 0;
        for (MonthSplit.Range r : split.edges()) {
            StringBuilder direct = new StringBuilder("""
                select date_trunc('month', t.date)::date, count(*),
                  coalesce(sum(ledger_signed_amount(t.amount, t.reversal_of)) filter (where t.type = 'INCOME'), 0),
                  coalesce(sum(ledger_signed_amount(t.amount, t.reversal_of)) filter (where t.type = 'EXPENSE'), 0)
                from ledger_transaction t where t.book_id = :book""");
            direct.append(" and t.date >= :edgeFrom").append(edge).append(" and t.date <= :edgeTo").append(edge);
            params.put("edgeFrom" + edge, r.from());
            params.put("edgeTo" + edge, r.to());
            keys(direct, params, c, "t");
            parts.add(direct.append(" group by 1").toString());
            edge++;
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = bind(em.createNativeQuery(String.join(" union all ", parts)), params).getResultList();
        Map<LocalDate, MonthTotal> byMonth = new HashMap<>();
        for (Object[] r : rows) {
            LocalDate month = r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0];
            MonthTotal t = new MonthTotal(month, ((Number) r[1]).longValue(), (BigDecimal) r[2], (BigDecimal) r[3]);
            byMonth.merge(month, t, (x, y) -> new MonthTotal(month, x.entries() + y.entries(),
                x.income().add(y.income()), x.expense().add(y.expense())));
        }
        return new ArrayList<>(byMonth.values());
    }

    /** The filters both the aggregate and the entries have (alias a or t). */
    private static void keys(StringBuilder where, Map<String, Object> params, Criteria c, String alias) {
        if (c.type() != null) {
            where.append(" and ").append(alias).append(".type = :type");
            params.put("type", c.type().name());
        }
        if (c.status() != null) {
            where.append(" and ").append(alias).append(".status = :status");
            params.put("status", c.status().name());
        }
        if (c.accountId() != null) {
            where.append(" and (").append(alias).append(".account_id = :account or ").append(alias)
                .append(".to_account_id = :account)");
            params.put("account", c.accountId());
        }
        if (c.categoryId() != null) {
            where.append(" and ").append(alias).append(".category_id = :category");
            params.put("category", c.categoryId());
        }
    }

    private record Filter(String where, Map<String, Object> params) {}

    /** Every filter over the entries, dated {@code from}..{@code to} (null: unbounded). */
    private static Filter filter(UUID bookId, Criteria c, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder(" from ledger_transaction t where t.book_id = :book");
        Map<String, Object> params = new HashMap<>();
        params.put("book", bookId);
        if (from != null) {
            where.append(" and t.date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and t.date <= :to");
            params.put("to", to);
        }
        keys(where, params, c, "t");
        if (c.memberId() != null) {
            where.append(" and (t.created_by = :member or t.paid_by_member_id = :member or t.reimburses_member_id = :member)");
            params.put("member", c.memberId());
        }
        if (c.minAmount() != null) {
            where.append(" and t.amount >= :min");
            params.put("min", c.minAmount().amount());
        }
        if (c.maxAmount() != null) {
            where.append(" and t.amount <= :max");
            params.put("max", c.maxAmount().amount());
        }
        if (c.q() != null && !c.q().isBlank()) {
            // exactly the indexed expression (V031), so that the trigram index serves the leading wildcard
            where.append(" and ledger_transaction_search_text(t.counterparty, t.description, t.reference) ilike :q");
            params.put("q", "%" + c.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Filter(where.toString(), params);
    }

    /**
     * A filter the aggregate cannot answer (member, amount range, text): counted over the entries it selects,
     * which these filters keep few (the member, amount and trigram indexes).
     */
    private SearchResult direct(UUID bookId, Criteria c, long offset, int size, String column, boolean ascending,
                                Position after) {
        Filter f = filter(bookId, c, c.from(), c.to());
        // The listing totals what it lists, in any status: every expense entry's amount, a reimbursement too
        // (the reports count spending instead, ledger_entry_effect.expense); only the reversal sign is the rule's.
        Object[] totals = (Object[]) bind(em.createNativeQuery("""
                select count(*),
                  coalesce(sum(ledger_signed_amount(t.amount, t.reversal_of)) filter (where t.type = 'INCOME'), 0),
                  coalesce(sum(ledger_signed_amount(t.amount, t.reversal_of)) filter (where t.type = 'EXPENSE'), 0)
                """ + f.where()), f.params()).getSingleResult();
        Page ids = page(f, column, ascending, after == null ? offset : 0, size, after);
        return new SearchResult(ids.ids(), ((Number) totals[0]).longValue(),
            Money.of((BigDecimal) totals[1]), Money.of((BigDecimal) totals[2]), ids.last());
    }

    /** The ids of a page and, when more entries follow, the position of its last one. */
    private record Page(List<UUID> ids, Position last) {
        static final Page EMPTY = new Page(List.of(), null);
    }

    /**
     * A page in {@code column} order, ties by id in the same direction: after {@code after} (keyset) when given,
     * else from {@code offset}. One row more than the page is read to know whether another page follows.
     */
    @SuppressWarnings("unchecked")
    private Page page(Filter f, String column, boolean ascending, long offset, int size, Position after) {
        String dir = ascending ? " asc" : " desc";
        StringBuilder sql = new StringBuilder("select t.id, t.").append(column).append(f.where());
        Map<String, Object> params = new HashMap<>(f.params());
        if (after != null) {
            sql.append(" and ").append(keyset(column, ascending, after));
            if (after.value() != null) {
                params.put("kv", after.value());
            }
            params.put("kid", after.id());
        }
        sql.append(" order by t.").append(column).append(dir).append(", t.id").append(dir)
            .append(" offset ").append(offset).append(" limit ").append((long) size + 1);
        List<Object[]> rows = bind(em.createNativeQuery(sql.toString()), params).getResultList();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            ids.add((UUID) rows.get(i)[0]);
        }
        if (rows.size() <= size) {
            return new Page(ids, null);
        }
        Object[] last = rows.get(size - 1);
        return new Page(ids, new Position(value(column, last[1]), (UUID) last[0]));
    }

    /**
     * The rows after {@code after} in the order by {@code column}, then id, both ascending or both descending.
     * Only counterparty can be null; PostgreSQL puts nulls last in ascending and first in descending order.
     */
    private static String keyset(String column, boolean ascending, Position after) {
        String cmp = ascending ? ">" : "<";
        if (!"counterparty".equals(column)) {
            return "(t." + column + ", t.id) " + cmp + " (:kv, :kid)";
        }
        if (after.value() == null) {
            return ascending ? "(t.counterparty is null and t.id > :kid)"
                : "(t.counterparty is not null or t.id < :kid)";
        }
        String rest = "(t.counterparty " + cmp + " :kv or (t.counterparty = :kv and t.id " + cmp + " :kid))";
        return ascending ? "(t.counterparty is null or " + rest + ")" : rest;
    }

    /** A sort column's value as read, in the Java type its parameter is bound with. */
    private static Object value(String column, Object raw) {
        if (raw == null) {
            return null;
        }
        return switch (column) {
            case "date" -> raw instanceof java.sql.Date d ? d.toLocalDate() : raw;
            case "created_at" -> JpaTransactionRepository.instant(raw);
            case "amount" -> raw;
            default -> raw.toString();
        };
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    @Override
    public List<AuditEntry> auditPage(UUID bookId, AuditFilter filter, int offset, int limit) {
        return audit.page(bookId, filter, offset, limit);
    }

    @Override
    public long auditCount(UUID bookId, AuditFilter filter) {
        return audit.count(bookId, filter);
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    static List<String> sortable() {
        return List.copyOf(SORT.keySet());
    }
}
