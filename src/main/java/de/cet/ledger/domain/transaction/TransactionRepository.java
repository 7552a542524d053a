package de.cet.ledger.domain.transaction;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Transactions of a book; search with filters and paging lives in the application layer's query side. */
public interface TransactionRepository {
    Optional<Transaction> find(UUID bookId, UUID transactionId);
    /** Booked entries touching the account (as source or target), for the balance and cash rules. */
    List<Transaction> bookedOnAccount(UUID bookId, UUID accountId);
    /** Booked entries that are advances or reimbursements of the member. */
    List<Transaction> bookedAdvancesOf(UUID bookId, UUID memberId);
    List<Transaction> ofBook(UUID bookId);

    /** The book's entries with these ids, in the order of {@code ids} (unknown ids are left out), loaded read-only: for showing, not changing. */
    List<Transaction> findAll(UUID bookId, List<UUID> ids);
    void save(Transaction transaction);
    /** A new version for a stored entry whose own fields did not change (its split did), written at once. */
    void newVersion(Transaction transaction);
    /** Only drafts: after {@code Transaction.delete}, whose history entry is kept. */
    void delete(Transaction transaction);

    /** Appends changes (taken with {@link Transaction#takeNewChanges()}) to the entry's stored history. */
    void appendHistory(UUID bookId, UUID transactionId, List<TransactionChange> changes);

    /** The stored history of an entry, oldest first; also for a deleted draft. */
    List<TransactionChange> history(UUID bookId, UUID transactionId);
}
