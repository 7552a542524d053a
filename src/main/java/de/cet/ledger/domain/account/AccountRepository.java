package de.cet.ledger.domain.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Accounts of a book; an id from another book is "not found". */
public interface AccountRepository {
    Optional<Account> find(UUID bookId, UUID accountId);
    List<Account> ofBook(UUID bookId);
    void save(Account account);
}
