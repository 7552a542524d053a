package de.cet.ledger.domain.category;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Categories of a book; an id from another book is "not found". */
public interface CategoryRepository {
    Optional<Category> find(UUID bookId, UUID categoryId);
    List<Category> ofBook(UUID bookId);
    long transactionCount(UUID categoryId);
    void save(Category category);
    void delete(Category category);
}
