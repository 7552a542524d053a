package de.cet.ledger.application;

import de.cet.ledger.domain.transaction.ChangeAction;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Fired synchronously, inside the ledger's transaction, after an entry was stored (created, edited,
 * submitted, approved, booked, rejected, reversed ...) with what it is now. Observers (budget thresholds)
 * act in the same transaction, so what they record commits or rolls back with the entry. The entry's
 * rows are flushed: SQL over the ledger's views already sees it.
 */
public record LedgerEntryChanged(UUID bookId, UUID transactionId, UUID actorId, List<ChangeAction> actions,
                                 TransactionStatus status, TransactionType type, LocalDate date, UUID categoryId) {}
