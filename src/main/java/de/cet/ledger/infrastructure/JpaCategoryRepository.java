package de.cet.ledger.infrastructure;

import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.category.CategoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaCategoryRepository implements CategoryRepository {

    private final EntityManager em;

    JpaCategoryRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Category> find(UUID bookId, UUID categoryId) {
        return Optional.ofNullable(em.find(Category.class, categoryId)).filter(c -> c.bookId().equals(bookId));
    }

    @Override
    public List<Category> ofBook(UUID bookId) {
        return em.createQuery("from Category c where c.bookId = :b order by c.kind, c.officialCode, c.name, c.id", Category.class)
            .setParameter("b", bookId).getResultList();
    }

    @Override
    public long transactionCount(UUID categoryId) {
        return em.createQuery("select count(t) from Transaction t where t.content.categoryId = :c", Long.class)
            .setParameter("c", categoryId).getSingleResult();
    }

    @Override
    public void save(Category category) {
        if (!em.contains(category)) {
            em.persist(category);
        }
        em.flush();
    }

    @Override
    public void delete(Category category) {
        em.remove(category);
    }
}
