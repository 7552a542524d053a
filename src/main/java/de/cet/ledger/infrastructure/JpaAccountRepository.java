package de.cet.ledger.infrastructure;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaAccountRepository implements AccountRepository {

    private final EntityManager em;

    JpaAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Account> find(UUID bookId, UUID accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).filter(a -> a.bookId().equals(bookId));
    }

    @Override
    public List<Account> ofBook(UUID bookId) {
        return em.createQuery("from Account a where a.bookId = :b order by a.name, a.id", Account.class)
            .setParameter("b", bookId).getResultList();
    }

    @Override
    public void save(Account account) {
        if (!em.contains(account)) {
            em.persist(account);
        }
        em.flush();
    }
}
