package de.cet.reporting.infrastructure;

import de.cet.reporting.AuditPackageSource;
import de.cet.reporting.application.ReportingQueries;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.InventoryLine;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
class SqlReportingQueries implements ReportingQueries {

    /** Rows per round trip of the audit package's cursors: small enough to keep memory flat. */
    private static final int CURSOR_FETCH_SIZE = 500;

    private final EntityManager em;

    SqlReportingQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public void readOnlySnapshot() {
        em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<PeriodRow> period(UUID bookId, UUID periodId) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, name, start_date, end_date, status from ledger_period where book_id = ?1 and id = ?2""")
            .setParameter(1, bookId).setParameter(2, periodId).getResultList();
        return rows.stream().findFirst().map(r -> new PeriodRow((UUID) r[0], (String) r[1], date(r[2]), date(r[3]),
            "CLOSED".equals(r[4])));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, String> accounts(UUID bookId, Fund fund) {
        List<Object[]> rows = em.createNativeQuery("select id, type from ledger_account where book_id = ?1 and fund = ?2")
            .setParameter(1, bookId).setParameter(2, fund.name()).getResultList();
        Map<UUID, String> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((UUID) r[0], (String) r[1]));
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, Money> previousClosingBalances(UUID bookId, LocalDate start) {
        List<Object[]> rows = em.createNativeQuery("""
                select b.account_id, b.closing_balance from ledger_period_balance b
                where b.book_id = ?1 and b.period_id = (
                    select p.id from ledger_period p where p.book_id = ?1 and p.end_date < ?2
                    order by p.end_date desc limit 1)""")
            .setParameter(1, bookId).setParameter(2, start).getResultList();
        Map<UUID, Money> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((UUID) r[0], Money.of((BigDecimal) r[1])));
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CodeSum> sumsByOfficialCode(UUID bookId, Fund fund, LocalDate from, LocalDate to) {
        // From the kept aggregates (ADR 0008): whole months from ledger_effect_total, the partial ones at the
        // range's edges from the entries (ledger_effect_sums, V101). Entries are summed per category first and only the few sums are joined to their categories
        // (bench/reports: joining each of 100 000 rows first took 4x as long). The signs are the rule's
        // (ledger_booked_effect, V100): a reversal carries its original's data and counts negatively in
        // its category, a reimbursement does not count.
        List<Object[]> rows = em.createNativeQuery("""
                select c.official_code, sum(s.amount)
                from (select e.category_id, sum(e.income + e.expense) as amount
                      from ledger_effect_sums(?1, cast(?2 as date), cast(?3 as date)) e
                      where e.counts_in_totals
                        and e.account_id in (select a.id from ledger_account a where a.book_id = ?1 and a.fund = ?4)
                      group by e.category_id) s
                join ledger_category c on c.id = s.category_id
                group by c.official_code
                order by c.official_code""")
            .setParameter(1, bookId).setParameter(2, from).setParameter(3, to).setParameter(4, fund.name())
            .getResultList();
        List<CodeSum> result = new ArrayList<>();
        rows.forEach(r -> result.add(new CodeSum((String) r[0], Money.of((BigDecimal) r[1]))));
        return result;
    }

    @Override
    public TransferSums transfers(UUID bookId, Fund fund, LocalDate from, LocalDate to) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select coalesce(sum(case when s.fund = ?4 and d.fund = ?4 and s.type = 'BANK' and d.type = 'CASH'
                                         then sign end), 0),
                       coalesce(sum(case when s.fund = ?4 and d.fund = ?4 and s.type = 'CASH' and d.type = 'BANK'
                                         then sign end), 0),
                       coalesce(sum(case when s.fund <> ?4 and d.fund = ?4 then sign end), 0),
                       coalesce(sum(case when s.fund = ?4 and d.fund <> ?4 then sign end), 0)
                from (select e.account_id, e.counter_account_id as to_account_id, -e.balance as sign
                      from ledger_effect_sums(?1, cast(?2 as date), cast(?3 as date)) e
                      where e.type = 'TRANSFER' and e.leg = 'ENTRY') x
                join ledger_account s on s.id = x.account_id
                join ledger_account d on d.id = x.to_account_id
                where s.fund = ?4 or d.fund = ?4""")
            .setParameter(1, bookId).setParameter(2, from).setParameter(3, to).setParameter(4, fund.name())
            .getSingleResult();
        return new TransferSums(Money.of((BigDecimal) r[0]), Money.of((BigDecimal) r[1]), Money.of((BigDecimal) r[2]),
            Money.of((BigDecimal) r[3]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Fund, Money> openedBetween(UUID bookId, LocalDate after, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("""
                select a.fund, sum(e.balance)
                from ledger_booked_effect e
                join ledger_account a on a.id = e.account_id
                where e.book_id = ?1 and e.leg = 'OPENING' and e.date > ?2 and e.date <= ?3
                group by a.fund""")
            .setParameter(1, bookId).setParameter(2, after).setParameter(3, to).getResultList();
        Map<Fund, Money> result = new EnumMap<>(Fund.class);
        for (Fund fund : Fund.values()) {
            result.put(fund, Money.ZERO);
        }
        rows.forEach(r -> result.put(Fund.valueOf((String) r[0]), Money.of((BigDecimal) r[1])));
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Fund, Money> openAdvances(UUID bookId, LocalDate asOf) {
        // the ledger's open advances (the rule's "owed", V100), only here per fund, by the account each
        // entry is booked on
        List<Object[]> rows = em.createNativeQuery("""
                select a.fund, sum(e.owed)
                from ledger_effect_sums(?1, null, cast(?2 as date)) e
                join ledger_account a on a.id = e.account_id
                where e.member_id is not null
                group by a.fund""")
            .setParameter(1, bookId).setParameter(2, asOf).getResultList();
        Map<Fund, Money> result = new EnumMap<>(Fund.class);
        for (Fund fund : Fund.values()) {
            result.put(fund, Money.ZERO);
        }
        rows.forEach(r -> result.put(Fund.valueOf((String) r[0]), Money.of((BigDecimal) r[1])));
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<InventoryLine> inventory(UUID bookId, Fund fund, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("""
                select i.description, i.date, i.price
                from ledger_inventory_item i
                join ledger_transaction t on t.id = i.transaction_id
                join ledger_account a on a.id = t.account_id
                where i.book_id = ?1 and t.status = 'BOOKED' and t.reversed_by is null
                  and t.date between ?2 and ?3 and a.fund = ?4
                order by i.date, i.description""")
            .setParameter(1, bookId).setParameter(2, from).setParameter(3, to).setParameter(4, fund.name())
            .getResultList();
        List<InventoryLine> result = new ArrayList<>();
        rows.forEach(r -> result.add(new InventoryLine((String) r[0], date(r[1]), Money.of((BigDecimal) r[2]))));
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SignOffRow> signOffs(UUID bookId, UUID periodId) {
        List<Object[]> rows = em.createNativeQuery("""
                select user_id, signed_at from reporting_sign_off where book_id = ?1 and period_id = ?2
                order by signed_at, user_id""")
            .setParameter(1, bookId).setParameter(2, periodId).getResultList();
        List<SignOffRow> result = new ArrayList<>();
        rows.forEach(r -> result.add(new SignOffRow((UUID) r[0], instant(r[1]))));
        return result;
    }

    @Override
    public boolean addSignOff(UUID bookId, UUID periodId, UUID userId, Instant signedAt) {
        return em.createNativeQuery("""
                insert into reporting_sign_off (book_id, period_id, user_id, signed_at) values (?1, ?2, ?3, ?4)
                on conflict (period_id, user_id) do nothing""")
            .setParameter(1, bookId).setParameter(2, periodId).setParameter(3, userId)
            .setParameter(4, OffsetDateTime.ofInstant(signedAt, java.time.ZoneOffset.UTC))
            .executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ExpenseRow> expenseRows(UUID bookId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // the ids travel as one text parameter: one round trip however many entries the filter matched; a
        // reversal carries its original's category and members (see sumsByOfficialCode); what a line adds to
        // the report's totals is the rule's (income − expense of ledger_entry_effect, V100), in any status
        // because the caller may ask for submitted entries
        String idList = String.join(",", ids.stream().map(UUID::toString).toList());
        List<Object[]> rows = em.createNativeQuery("""
                select t.date, t.type, t.amount, t.counterparty, t.description, t.reference,
                       t.reversal_of is not null, t.paid_by_member_id, t.reimburses_member_id, c.name,
                       c.official_code,
                       (select string_agg(r.number, ',' order by tr.position)
                        from ledger_transaction_receipt tr join ledger_receipt r on r.id = tr.receipt_id
                        where tr.transaction_id = t.id),
                       e.income - e.expense
                from ledger_transaction t
                join ledger_entry_effect e on e.transaction_id = t.id and e.leg = 'ENTRY'
                left join ledger_category c on c.id = t.category_id
                where t.book_id = ?1 and e.book_id = ?1 and t.id = any(cast(string_to_array(?2, ',') as uuid[]))
                order by c.official_code nulls last, c.name nulls last, t.type, t.date, t.created_at, t.id""")
            .setParameter(1, bookId).setParameter(2, idList).getResultList();
        List<ExpenseRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String receipts = (String) r[11];
            result.add(new ExpenseRow(date(r[0]), (String) r[1], Money.of((BigDecimal) r[2]), (String) r[3],
                (String) r[4], (String) r[5], (Boolean) r[6], (UUID) r[7], (UUID) r[8], (String) r[9], (String) r[10],
                receipts == null ? List.of() : List.of(receipts.split(",")), Money.of((BigDecimal) r[12])));
        }
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Stream<AuditPackageSource.Transaction> packageTransactions(UUID bookId, LocalDate from, LocalDate to) {
        Stream<Object[]> rows = em.createNativeQuery("""
                select t.id, t.date, t.type, t.status, t.amount, a.name, a.fund, c.name, c.official_code,
                       t.counterparty, t.description, t.reference,
                       (select string_agg(r.number, ',' order by tr.position)
                        from ledger_transaction_receipt tr join ledger_receipt r on r.id = tr.receipt_id
                        where tr.transaction_id = t.id),
                       t.paid_by_member_id, t.reversal_of, t.created_by, t.created_at
                from ledger_transaction t
                join ledger_account a on a.id = t.account_id
                left join ledger_transaction o on o.id = t.reversal_of
                left join ledger_category c on c.id = coalesce(o.category_id, t.category_id)
                where t.book_id = ?1 and t.date between ?2 and ?3
                order by t.date, t.created_at, t.id""")
            .setParameter(1, bookId).setParameter(2, from).setParameter(3, to)
            .setHint(HibernateHints.HINT_FETCH_SIZE, CURSOR_FETCH_SIZE).getResultStream();
        return rows.map(r -> {
            String receipts = (String) r[12];
            return new AuditPackageSource.Transaction((UUID) r[0], date(r[1]),
                de.cet.reporting.model.TransactionType.valueOf((String) r[2]), (String) r[3], Money.of((BigDecimal) r[4]),
                (String) r[5], Fund.valueOf((String) r[6]), (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], receipts == null ? List.of() : List.of(receipts.split(",")),
                r[13] == null ? null : r[13].toString(), (UUID) r[14], r[15].toString(), instant(r[16]));
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ReceiptRow> packageReceipts(UUID bookId, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.number, r.file_name, r.content_type, r.size, r.sha256
                from ledger_receipt r
                where r.book_id = ?1 and exists (
                    select 1 from ledger_transaction_receipt tr join ledger_transaction t on t.id = tr.transaction_id
                    where tr.receipt_id = r.id and t.book_id = ?1 and t.date between ?2 and ?3)
                order by r.number""")
            .setParameter(1, bookId).setParameter(2, from).setParameter(3, to).getResultList();
        List<ReceiptRow> result = new ArrayList<>(rows.size());
        rows.forEach(r -> result.add(new ReceiptRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
            ((Number) r[4]).longValue(), (String) r[5])));
        return result;
    }

    @Override
    public byte[] receiptContent(UUID bookId, UUID receiptId) {
        return (byte[]) em.createNativeQuery("""
                select c.content from ledger_receipt_content c join ledger_receipt r on r.id = c.receipt_id
                where r.book_id = ?1 and r.id = ?2""")
            .setParameter(1, bookId).setParameter(2, receiptId).getSingleResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Stream<AuditPackageSource.StatusChange> statusHistory(UUID bookId, LocalDate from, LocalDate to) {
        Stream<Object[]> rows = em.createNativeQuery("""
                select h.transaction_id, h.at, h.actor_id, h.before ->> 'status',
                       coalesce(h.after ->> 'status', h.action), h.action
                from ledger_transaction_change h
                join ledger_transaction t on t.id = h.transaction_id
                where h.book_id = ?1 and t.date between ?2 and ?3
                order by t.date, h.transaction_id, h.id""")
            .setParameter(1, bookId).setParameter(2, from).setParameter(3, to)
            .setHint(HibernateHints.HINT_FETCH_SIZE, CURSOR_FETCH_SIZE).getResultStream();
        return rows.map(r -> new AuditPackageSource.StatusChange((UUID) r[0], instant(r[1]), r[2].toString(),
            (String) r[3], (String) r[4], (String) r[5]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Stream<AuditPackageSource.AuditLogEntry> auditLog(UUID bookId, LocalDate from, LocalDate to) {
        Stream<Object[]> rows = em.createNativeQuery("""
                select sequence, at, actor_id, action, entity_type || coalesce(' ' || entity_id, ''), payload,
                       prev_hash, hash
                from ledger_audit_entry
                where book_id = ?1 and (at at time zone 'Europe/Berlin')::date between ?2 and ?3
                order by sequence""")
            .setParameter(1, bookId).setParameter(2, from).setParameter(3, to)
            .setHint(HibernateHints.HINT_FETCH_SIZE, CURSOR_FETCH_SIZE).getResultStream();
        return rows.map(r -> new AuditPackageSource.AuditLogEntry(((Number) r[0]).longValue(), instant(r[1]),
            r[2] == null ? null : r[2].toString(), (String) r[3], (String) r[4], (String) r[5], (String) r[6],
            (String) r[7]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AccountRow> accountRows(UUID bookId) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, name, type, fund, archived from ledger_account where book_id = ?1 order by fund desc, name, id""")
            .setParameter(1, bookId).getResultList();
        List<AccountRow> result = new ArrayList<>();
        rows.forEach(r -> result.add(new AccountRow((UUID) r[0], (String) r[1], (String) r[2], Fund.valueOf((String) r[3]),
            (Boolean) r[4])));
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Optional<String> categoryName(UUID bookId, UUID categoryId) {
        List<String> names = em.createNativeQuery("select name from ledger_category where book_id = ?1 and id = ?2")
            .setParameter(1, bookId).setParameter(2, categoryId).getResultList();
        return names.stream().findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MonthSum> monthSums(UUID bookId, LocalDate from, LocalDate to) {
        // summed per month, category and account first, joined afterwards (see sumsByOfficialCode)
        List<Object[]> rows = em.createNativeQuery("""
                select to_char(s.month, 'YYYY-MM'), c.official_code, a.fund, sum(s.amount)
                from (select e.month, e.category_id, e.account_id, sum(e.income + e.expense) as amount
                      from ledger_effect_sums(?1, cast(?2 as date), cast(?3 as date)) e
                      where e.counts_in_totals
                      group by 1, 2, 3) s
                join ledger_category c on c.id = s.category_id
                join ledger_account a on a.id = s.account_id
                group by s.month, c.official_code, a.fund
                order by s.month, c.official_code, a.fund""")
            .setParameter(1, bookId).setParameter(2, from).setParameter(3, to).getResultList();
        List<MonthSum> result = new ArrayList<>();
        rows.forEach(r -> result.add(new MonthSum((String) r[0], (String) r[1], Fund.valueOf((String) r[2]),
            Money.of((BigDecimal) r[3]))));
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public OpenApprovals openApprovals(UUID bookId, int limit) {
        // the count from the listing's kept aggregate (ADR 0008)
        long count = ((Number) em.createNativeQuery("""
                select coalesce(sum(entries), 0) from ledger_listing_total
                where book_id = ?1 and status in ('SUBMITTED', 'APPROVED')""")
            .setParameter(1, bookId).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("""
                select id, date, type, status, amount, counterparty, description from ledger_transaction
                where book_id = ?1 and status in ('SUBMITTED', 'APPROVED')
                order by coalesce(submitted_at, created_at), id""")
            .setParameter(1, bookId).setMaxResults(limit).getResultList();
        List<OpenApproval> items = new ArrayList<>();
        rows.forEach(r -> items.add(new OpenApproval((UUID) r[0], date(r[1]), (String) r[2], (String) r[3],
            Money.of((BigDecimal) r[4]), (String) r[5], (String) r[6])));
        return new OpenApprovals(count, items);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }
}
