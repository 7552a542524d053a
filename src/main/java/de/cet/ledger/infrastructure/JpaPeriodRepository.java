package de.cet.ledger.infrastructure;

import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.PeriodClosingReport;
import de.cet.ledger.domain.period.PeriodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaPeriodRepository implements PeriodRepository {

    private final EntityManager em;

    JpaPeriodRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AccountingPeriod> find(UUID bookId, UUID periodId) {
        return Optional.ofNullable(em.find(AccountingPeriod.class, periodId)).filter(p -> p.bookId().equals(bookId));
    }

    @Override
    public List<AccountingPeriod> ofBook(UUID bookId) {
        return em.createQuery("from AccountingPeriod p where p.bookId = :b order by p.startDate", AccountingPeriod.class)
            .setParameter("b", bookId).getResultList();
    }

    @Override
    public void save(AccountingPeriod period) {
        if (!em.contains(period)) {
            em.persist(period);
        }
        // the exclusion constraint on overlapping periods must answer inside the use case, not at commit
        em.flush();
    }

    @Override
    public void saveClosingBalances(PeriodClosingReport report) {
        AccountingPeriod period = em.find(AccountingPeriod.class, report.periodId());
        report.closingBalances().forEach((account, balance) -> em.createNativeQuery("""
                insert into ledger_period_balance (book_id, period_id, account_id, closing_balance)
                values (?1, ?2, ?3, ?4)""")
            .setParameter(1, period.bookId()).setParameter(2, period.id()).setParameter(3, account)
            .setParameter(4, balance.amount()).executeUpdate());
    }
}
