package de.cet.ledger.domain.receipt;

import java.util.Optional;
import java.util.UUID;

/** Receipt metadata and content. */
public interface ReceiptRepository {
    Optional<Receipt> find(UUID bookId, UUID receiptId);
    Optional<Receipt> findBySha256(UUID bookId, String sha256);
    /** The highest number issued in the period so far; the caller holds a lock on the period row. */
    Optional<ReceiptNumber> lastNumber(UUID bookId, UUID periodId);
    void save(Receipt receipt, byte[] content);

    /** The stored bytes of a receipt. */
    byte[] content(UUID receiptId);
}
