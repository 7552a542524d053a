package de.cet.ledger.domain.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inventory register of a book. */
public interface InventoryRepository {
    Optional<InventoryItem> find(UUID bookId, UUID itemId);
    List<InventoryItem> ofBook(UUID bookId);
    void save(InventoryItem item);
}
