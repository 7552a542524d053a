package de.cet.ledger.infrastructure;

import de.cet.ledger.domain.inventory.InventoryItem;
import de.cet.ledger.domain.inventory.InventoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaInventoryRepository implements InventoryRepository {

    private final EntityManager em;

    JpaInventoryRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<InventoryItem> find(UUID bookId, UUID itemId) {
        return Optional.ofNullable(em.find(InventoryItem.class, itemId)).filter(i -> i.bookId().equals(bookId));
    }

    @Override
    public List<InventoryItem> ofBook(UUID bookId) {
        return em.createQuery("from InventoryItem i where i.bookId = :b order by i.date, i.id", InventoryItem.class)
            .setParameter("b", bookId).getResultList();
    }

    @Override
    public void save(InventoryItem item) {
        if (!em.contains(item)) {
            em.persist(item);
        }
        em.flush();
    }
}
