package de.cet.exporting.infrastructure;

import de.cet.exporting.application.ExportingQueries;
import de.cet.exporting.domain.LedgerEntry;
import de.cet.exporting.domain.SkrChart;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.UUID;

@ApplicationScoped
class SqlExportingQueries implements ExportingQueries {

    private final EntityManager em;

    SqlExportingQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<LedgerEntry> bookedEntries(UUID bookId, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("""
                select t.id, t.type, t.amount, t.date, t.account_id, a.type, t.to_account_id, ta.type, c.official_code,
                       t.reversal_of is not null, t.paid_by_member_id is not null, t.reimburses_member_id is not null,
                       (select r.number from ledger_transaction_receipt tr join ledger_receipt r on r.id = tr.receipt_id
                        where tr.transaction_id = t.id order by tr.position limit 1),
                       t.reference, t.counterparty, t.description
                from ledger_transaction t
                join ledger_account a on a.id = t.account_id
                left join ledger_account ta on ta.id = t.to_account_id
                left join ledger_category c on c.id = t.category_id
                where t.book_id = ?1 and t.status = 'BOOKED' and t.date between ?2 and ?3
                order by t.date, t.booked_at, t.id""")
            .setParameter(1, bookId).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> new LedgerEntry((UUID) r[0], LedgerEntry.Type.valueOf((String) r[1]),
            Money.of((BigDecimal) r[2]), date(r[3]), (UUID) r[4], (String) r[5], (UUID) r[6], (String) r[7],
            (String) r[8], (Boolean) r[9], (Boolean) r[10], (Boolean) r[11], (String) r[12], (String) r[13],
            (String) r[14], (String) r[15])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MoneyAccount> moneyAccounts(UUID bookId) {
        List<Object[]> rows = em.createNativeQuery(
                "select id, name, type, fund from ledger_account where book_id = ?1 order by name, id")
            .setParameter(1, bookId).getResultList();
        return rows.stream().map(r -> new MoneyAccount((UUID) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<StoredDatevSettings> datevSettings(UUID bookId) {
        List<Object[]> rows = em.createNativeQuery("""
                select chart, consultant_number, client_number, member_account, version
                from exporting_datev_settings where book_id = ?1""")
            .setParameter(1, bookId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        Map<String, String> categories = new TreeMap<>();
        ((List<Object[]>) em.createNativeQuery(
                "select official_code, datev_account from exporting_datev_category_account where book_id = ?1")
            .setParameter(1, bookId).getResultList()).forEach(c -> categories.put((String) c[0], c[1].toString()));
        Map<UUID, String> accounts = new LinkedHashMap<>();
        ((List<Object[]>) em.createNativeQuery(
                "select account_id, datev_account from exporting_datev_money_account where book_id = ?1")
            .setParameter(1, bookId).getResultList()).forEach(c -> accounts.put((UUID) c[0], c[1].toString()));
        return Optional.of(new StoredDatevSettings(SkrChart.valueOf((String) r[0]), (Integer) r[1], (Integer) r[2],
            r[3] == null ? null : r[3].toString(), categories, accounts, ((Number) r[4]).longValue()));
    }

    @Override
    public void saveDatevSettings(UUID bookId, StoredDatevSettings s) {
        em.createNativeQuery("""
                insert into exporting_datev_settings (book_id, chart, consultant_number, client_number, member_account, version)
                values (?1, ?2, cast(cast(?3 as varchar) as integer), cast(cast(?4 as varchar) as integer), cast(?5 as varchar), ?6)
                on conflict (book_id) do update set chart = excluded.chart, consultant_number = excluded.consultant_number,
                    client_number = excluded.client_number, member_account = excluded.member_account,
                    version = excluded.version""")
            .setParameter(1, bookId).setParameter(2, s.chart().name())
            .setParameter(3, s.consultantNumber() == null ? null : s.consultantNumber().toString())
            .setParameter(4, s.clientNumber() == null ? null : s.clientNumber().toString())
            .setParameter(5, s.memberAccount()).setParameter(6, s.version())
            .executeUpdate();
        em.createNativeQuery("delete from exporting_datev_category_account where book_id = ?1")
            .setParameter(1, bookId).executeUpdate();
        em.createNativeQuery("delete from exporting_datev_money_account where book_id = ?1")
            .setParameter(1, bookId).executeUpdate();
        s.categories().forEach((code, account) -> em.createNativeQuery(
                "insert into exporting_datev_category_account (book_id, official_code, datev_account) values (?1, ?2, ?3)")
            .setParameter(1, bookId).setParameter(2, code).setParameter(3, account).executeUpdate());
        s.accounts().forEach((id, account) -> em.createNativeQuery(
                "insert into exporting_datev_money_account (book_id, account_id, datev_account) values (?1, ?2, ?3)")
            .setParameter(1, bookId).setParameter(2, id).setParameter(3, account).executeUpdate());
    }

    @Override
    public Optional<Publication> publicationOf(UUID bookId) {
        return publication("book_id = ?1", bookId);
    }

    @Override
    public Optional<Publication> publicationBySlug(String slug) {
        return publication("slug = ?1", slug);
    }

    @SuppressWarnings("unchecked")
    private Optional<Publication> publication(String condition, Object value) {
        List<Object[]> rows = em.createNativeQuery(
                "select book_id, slug, enabled, changed_at, changed_by, version from exporting_publication where " + condition)
            .setParameter(1, value).getResultList();
        return rows.stream().findFirst().map(r -> new Publication((UUID) r[0], (String) r[1], (Boolean) r[2],
            instant(r[3]), (UUID) r[4], ((Number) r[5]).longValue()));
    }

    @Override
    public void savePublication(Publication p) {
        em.createNativeQuery("""
                insert into exporting_publication (book_id, slug, enabled, changed_at, changed_by, version)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (book_id) do update set slug = excluded.slug, enabled = excluded.enabled,
                    changed_at = excluded.changed_at, changed_by = excluded.changed_by, version = excluded.version""")
            .setParameter(1, p.bookId()).setParameter(2, p.slug()).setParameter(3, p.enabled())
            .setParameter(4, Timestamp.from(p.changedAt())).setParameter(5, p.changedBy()).setParameter(6, p.version())
            .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PeriodRef> closedPeriods(UUID bookId) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, name, start_date, end_date from ledger_period
                where book_id = ?1 and status = 'CLOSED' order by start_date desc""")
            .setParameter(1, bookId).getResultList();
        return rows.stream().map(r -> new PeriodRef((UUID) r[0], (String) r[1], date(r[2]), date(r[3]))).toList();
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
