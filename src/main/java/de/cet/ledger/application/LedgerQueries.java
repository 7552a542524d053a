package de.cet.ledger.application;

import de.cet.ledger.domain.audit.AuditEntry;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read queries that PostgreSQL answers better than loading aggregates: balances, search, audit pages. */
public interface LedgerQueries {

    /**
     * What the book owes each member for booked advances not yet reimbursed ({@code Transaction.advanceEffectFor}
     * summed in SQL); members with nothing open are left out.
     */
    Map<UUID, Money> openAdvances(UUID bookId);

    /** Each account's balance at the end of {@code asOf}: opening balance plus every booked effect up to that day. */
    Map<UUID, Money> balances(UUID bookId, LocalDate asOf);

    SearchResult search(UUID bookId, Criteria criteria, int page, int size, String sortField, boolean ascending);

    List<AuditEntry> auditPage(UUID bookId, int offset, int limit);

    long auditCount(UUID bookId);

    /** The filters of GET /books/{bookId}/transactions; null means "any". */
    record Criteria(LocalDate from, LocalDate to, TransactionType type, TransactionStatus status, UUID accountId,
                    UUID categoryId, UUID memberId, Money minAmount, Money maxAmount, String q) {}

    /** The ids of one page in order, the size of the filtered set and its income and expense totals. */
    record SearchResult(List<UUID> ids, long totalItems, Money income, Money expense) {}
}
