package de.cet.splitting.infrastructure;

import de.cet.shared.money.Money;
import de.cet.splitting.domain.Part;
import de.cet.splitting.domain.Payer;
import de.cet.splitting.domain.Share;
import de.cet.splitting.domain.Split;
import de.cet.splitting.domain.SplitMethod;
import de.cet.splitting.domain.SplitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL over {@code splitting_split}, {@code splitting_payer}, {@code splitting_share} and
 * {@code splitting_settlement} (V120). Splits count like their entries: only booked ones, a reversal with
 * the opposite sign ({@code ledger_signed_amount}, the ledger's one spelling of it), a refund (INCOME)
 * negated.
 */
@ApplicationScoped
class SqlSplitRepository implements SplitRepository {

    /** +1 for a booked expense, −1 for a refund; the reversal sign comes from ledger_signed_amount. */
    private static final String DIRECTION = "case when t.type = 'INCOME' then -1 else 1 end";

    private final EntityManager em;

    SqlSplitRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Split> find(UUID bookId, UUID transactionId) {
        List<?> head = em.createNativeQuery("""
                select s.method from splitting_split s where s.book_id = ?1 and s.transaction_id = ?2""")
            .setParameter(1, bookId).setParameter(2, transactionId).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String method = (String) head.get(0);
        List<Payer> payers = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select member_id, amount from splitting_payer where transaction_id = ?1 order by position""")
                .setParameter(1, transactionId).getResultList()) {
            Object[] r = (Object[]) o;
            payers.add(new Payer((UUID) r[0], Money.of((BigDecimal) r[1])));
        }
        List<Share> shares = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select member_id, value, part from splitting_share where transaction_id = ?1 order by position""")
                .setParameter(1, transactionId).getResultList()) {
            Object[] r = (Object[]) o;
            shares.add(new Share((UUID) r[0], r[1] == null ? null : ((BigDecimal) r[1]).stripTrailingZeros()));
            parts.add(new Part((UUID) r[0], Money.of((BigDecimal) r[2])));
        }
        // The amount the split was made for is what its payers paid: the entry's amount may have just changed.
        Money amount = payers.stream().map(Payer::amount).reduce(Money.ZERO, Money::plus);
        return Optional.of(Split.restore(SplitMethod.valueOf(method), amount, payers, shares, parts));
    }

    @Override
    public void save(UUID bookId, UUID transactionId, Split split) {
        delete(bookId, transactionId);
        em.createNativeQuery("insert into splitting_split (transaction_id, book_id, method) values (?1, ?2, ?3)")
            .setParameter(1, transactionId).setParameter(2, bookId).setParameter(3, split.method().name())
            .executeUpdate();
        for (int i = 0; i < split.payers().size(); i++) {
            Payer p = split.payers().get(i);
            em.createNativeQuery("""
                    insert into splitting_payer (transaction_id, position, member_id, amount) values (?1, ?2, ?3, ?4)""")
                .setParameter(1, transactionId).setParameter(2, i).setParameter(3, p.memberId())
                .setParameter(4, p.amount().amount()).executeUpdate();
        }
        for (int i = 0; i < split.shares().size(); i++) {
            Share s = split.shares().get(i);
            em.createNativeQuery("""
                    insert into splitting_share (transaction_id, position, member_id, value, part)
                    values (?1, ?2, ?3, cast(?4 as numeric), ?5)""")
                .setParameter(1, transactionId).setParameter(2, i).setParameter(3, s.memberId())
                .setParameter(4, s.value() == null ? null : s.value().toPlainString())
                .setParameter(5, split.parts().get(i).amount().amount()).executeUpdate();
        }
    }

    @Override
    public void delete(UUID bookId, UUID transactionId) {
        // payers and shares go with it (on delete cascade)
        em.createNativeQuery("delete from splitting_split where book_id = ?1 and transaction_id = ?2")
            .setParameter(1, bookId).setParameter(2, transactionId).executeUpdate();
    }

    @Override
    public void copy(UUID bookId, UUID from, UUID to) {
        int copied = em.createNativeQuery("""
                insert into splitting_split (transaction_id, book_id, method)
                select ?3, book_id, method from splitting_split where book_id = ?1 and transaction_id = ?2""")
            .setParameter(1, bookId).setParameter(2, from).setParameter(3, to).executeUpdate();
        if (copied == 0) {
            return;
        }
        em.createNativeQuery("""
                insert into splitting_payer (transaction_id, position, member_id, amount)
                select ?2, position, member_id, amount from splitting_payer where transaction_id = ?1""")
            .setParameter(1, from).setParameter(2, to).executeUpdate();
        em.createNativeQuery("""
                insert into splitting_share (transaction_id, position, member_id, value, part)
                select ?2, position, member_id, value, part from splitting_share where transaction_id = ?1""")
            .setParameter(1, from).setParameter(2, to).executeUpdate();
    }

    @Override
    public List<Sums> splitSums(UUID bookId, LocalDate date) {
        return sums(em.createNativeQuery("""
                select member_id, sum(paid), sum(owes) from (
                    select p.member_id, ledger_signed_amount(p.amount, t.reversal_of) * %1$s as paid, 0 as owes
                    from splitting_payer p
                    join splitting_split s on s.transaction_id = p.transaction_id
                    join ledger_transaction t on t.book_id = s.book_id and t.id = s.transaction_id
                    where s.book_id = ?1 and t.status = 'BOOKED' and t.date <= ?2
                    union all
                    select sh.member_id, 0, ledger_signed_amount(sh.part, t.reversal_of) * %1$s
                    from splitting_share sh
                    join splitting_split s on s.transaction_id = sh.transaction_id
                    join ledger_transaction t on t.book_id = s.book_id and t.id = s.transaction_id
                    where s.book_id = ?1 and t.status = 'BOOKED' and t.date <= ?2
                ) m group by member_id""".formatted(DIRECTION))
            .setParameter(1, bookId).setParameter(2, Date.valueOf(date)).getResultList());
    }

    @Override
    public List<Sums> advanceSums(UUID bookId, LocalDate date) {
        return sums(em.createNativeQuery("""
                select coalesce(t.paid_by_member_id, t.reimburses_member_id),
                       sum(case when t.paid_by_member_id is not null then ledger_signed_amount(t.amount, t.reversal_of) else 0 end),
                       sum(case when t.reimburses_member_id is not null then ledger_signed_amount(t.amount, t.reversal_of) else 0 end)
                from ledger_transaction t
                where t.book_id = ?1 and t.status = 'BOOKED' and t.date <= ?2 and t.type = 'EXPENSE'
                  and (t.paid_by_member_id is not null or t.reimburses_member_id is not null)
                group by 1""")
            .setParameter(1, bookId).setParameter(2, Date.valueOf(date)).getResultList());
    }

    @Override
    public void saveSettlement(Settlement s) {
        em.createNativeQuery("""
                insert into splitting_settlement (id, book_id, from_member_id, to_member_id, amount, date, created_by, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
            .setParameter(1, s.id()).setParameter(2, s.bookId()).setParameter(3, s.from()).setParameter(4, s.to())
            .setParameter(5, s.amount().amount()).setParameter(6, Date.valueOf(s.date())).setParameter(7, s.createdBy())
            .setParameter(8, java.sql.Timestamp.from(s.createdAt())).executeUpdate();
    }

    @Override
    public Optional<Settlement> findSettlement(UUID bookId, UUID id) {
        List<?> rows = em.createNativeQuery("""
                select id, book_id, from_member_id, to_member_id, amount, date, created_by, created_at
                from splitting_settlement where book_id = ?1 and id = ?2""")
            .setParameter(1, bookId).setParameter(2, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Settlement((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3], Money.of((BigDecimal) r[4]),
            localDate(r[5]), (UUID) r[6], instant(r[7])));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (java.time.Instant) value;
    }

    @Override
    public List<PairSum> settlementSums(UUID bookId, LocalDate date) {
        List<PairSum> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select from_member_id, to_member_id, sum(amount) from splitting_settlement
                where book_id = ?1 and date <= ?2 group by from_member_id, to_member_id
                order by from_member_id, to_member_id""")
                .setParameter(1, bookId).setParameter(2, Date.valueOf(date)).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new PairSum((UUID) r[0], (UUID) r[1], Money.of((BigDecimal) r[2])));
        }
        return out;
    }

    private static List<Sums> sums(List<?> rows) {
        List<Sums> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new Sums((UUID) r[0], money(r[1]), money(r[2])));
        }
        out.sort(java.util.Comparator.comparing(Sums::memberId));
        return out;
    }

    private static Money money(Object value) {
        return Money.of(value instanceof BigDecimal b ? b : new BigDecimal(value.toString()));
    }
}
