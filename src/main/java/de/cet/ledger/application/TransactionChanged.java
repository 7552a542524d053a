package de.cet.ledger.application;

import de.cet.ledger.domain.transaction.ChangeAction;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired (synchronously, inside the transaction that made the change) for every change of a ledger entry,
 * after it is stored (its rows flushed, so SQL over the ledger's views already sees it): other contexts
 * react in the same transaction — notifications tell approvers and claimants, live updates tell the book's
 * open clients, budgets record a threshold crossed — and roll back with it.
 *
 * @param paidByMemberId the member who paid out of pocket (a claim), or null
 * @param reimbursesMemberId the member this entry pays back, or null
 */
public record TransactionChanged(UUID bookId, UUID transactionId, ChangeAction action, UUID actor,
                                 TransactionStatus status, TransactionType type, Money amount,
                                 LocalDate date, UUID categoryId, String description, String counterparty,
                                 UUID paidByMemberId, UUID reimbursesMemberId) {}
