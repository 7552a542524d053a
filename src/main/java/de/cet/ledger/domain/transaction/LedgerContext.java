package de.cet.ledger.domain.transaction;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.common.BookRules;
import de.cet.ledger.domain.period.Periods;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a transaction needs to know about its book to check itself: the rules, the periods, the book's
 * accounts and categories by id, and the ids of its members. The application service loads it once per
 * use case; ids that are not in these maps do not belong to the book.
 */
public record LedgerContext(UUID bookId, BookRules rules, Periods periods, Map<UUID, Account> accounts,
                            Map<UUID, Category> categories, Set<UUID> memberIds) {
    public LedgerContext {
        Objects.requireNonNull(bookId, "bookId");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(periods, "periods");
        accounts = Map.copyOf(accounts);
        categories = Map.copyOf(categories);
        memberIds = Set.copyOf(memberIds);
    }
}
