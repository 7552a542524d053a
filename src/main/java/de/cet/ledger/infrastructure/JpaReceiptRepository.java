package de.cet.ledger.infrastructure;

import de.cet.ledger.domain.receipt.Receipt;
import de.cet.ledger.domain.receipt.ReceiptNumber;
import de.cet.ledger.domain.receipt.ReceiptRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Receipts: metadata as an entity, the bytes in ledger_receipt_content, both written in the caller's transaction. */
@ApplicationScoped
class JpaReceiptRepository implements ReceiptRepository {

    private final EntityManager em;

    JpaReceiptRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Receipt> find(UUID bookId, UUID receiptId) {
        return Optional.ofNullable(em.find(Receipt.class, receiptId)).filter(r -> r.bookId().equals(bookId));
    }

    @Override
    public Optional<Receipt> findBySha256(UUID bookId, String sha256) {
        return em.createQuery("from Receipt r where r.bookId = :b and r.sha256 = :h", Receipt.class)
            .setParameter("b", bookId).setParameter("h", sha256).getResultStream().findFirst();
    }

    @Override
    public Optional<ReceiptNumber> lastNumber(UUID bookId, UUID periodId) {
        List<String> numbers = em.createQuery("select r.number from Receipt r where r.bookId = :b and r.periodId = :p "
                + "order by r.sequence desc", String.class)
            .setParameter("b", bookId).setParameter("p", periodId).setMaxResults(1).getResultList();
        return numbers.stream().findFirst().map(ReceiptNumber::parse);
    }

    @Override
    public void save(Receipt receipt, byte[] content) {
        em.persist(receipt);
        em.flush();
        em.createNativeQuery("insert into ledger_receipt_content (receipt_id, content) values (?1, ?2)")
            .setParameter(1, receipt.id()).setParameter(2, content).executeUpdate();
    }

    @Override
    public byte[] content(UUID receiptId) {
        return (byte[]) em.createNativeQuery("select content from ledger_receipt_content where receipt_id = ?1")
            .setParameter(1, receiptId).getSingleResult();
    }
}
