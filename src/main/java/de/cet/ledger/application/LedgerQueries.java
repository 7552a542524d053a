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

    /** As {@link #openAdvances(UUID)}, counting the entries dated up to and including {@code asOf}. */
    Map<UUID, Money> openAdvances(UUID bookId, LocalDate asOf);

    /**
     * Each account's balance at the end of {@code asOf}: every booked effect dated up to that day, the opening
     * balance counted from its opening date on (0.00 before it). SQL: {@code ledger_balances} (V100).
     */
    Map<UUID, Money> balances(UUID bookId, LocalDate asOf);

    /**
     * Each account's balance at the start of {@code day}: the effects dated before it, and the opening balance
     * when the account opened on or before that day — an account opened on {@code day} already holds it.
     */
    Map<UUID, Money> balancesAtStartOf(UUID bookId, LocalDate day);

    /**
     * A page of the search: {@code after} null gives page {@code page} by offset; otherwise the {@code size} entries
     * that follow the entry at {@code after} in the sort order (keyset pagination: no offset read, and entries
     * added before that position do not shift the page).
     */
    SearchResult search(UUID bookId, Criteria criteria, int page, int size, String sortField, boolean ascending,
                        Position after);

    /** Page {@code page} by offset. */
    default SearchResult search(UUID bookId, Criteria criteria, int page, int size, String sortField, boolean ascending) {
        return search(bookId, criteria, page, size, sortField, ascending, null);
    }

    List<AuditEntry> auditPage(UUID bookId, AuditFilter filter, int offset, int limit);

    long auditCount(UUID bookId, AuditFilter filter);

    /**
     * The filters of GET /books/{bookId}/audit-log; null means "any". {@code from} and {@code to} are UTC days
     * of the entry's instant, both included.
     */
    record AuditFilter(String action, String entityType, String entityId, UUID actorId, LocalDate from, LocalDate to) {
        public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);
    }

    /** The filters of GET /books/{bookId}/transactions; null means "any". */
    record Criteria(LocalDate from, LocalDate to, TransactionType type, TransactionStatus status, UUID accountId,
                    UUID categoryId, UUID memberId, Money minAmount, Money maxAmount, String q) {}

    /**
     * A position in the sort order: the sort field's value of an entry ({@code LocalDate}, {@code BigDecimal},
     * {@code Instant} or {@code String}; null only for an entry without a counterparty) and its id, the tie-breaker.
     */
    record Position(Object value, UUID id) {}

    /**
     * The ids of one page in order, the size of the filtered set and its income and expense totals; {@code last}
     * is the page's last entry when more entries follow it, else null.
     */
    record SearchResult(List<UUID> ids, long totalItems, Money income, Money expense, Position last) {}
}
