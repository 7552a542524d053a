package de.cet.ledger.application;

import de.cet.books.application.BookAccess;
import de.cet.books.application.BookSettings;
import de.cet.books.domain.BookRepository;
import de.cet.books.domain.BookRole;
import de.cet.books.domain.Membership;
import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.account.AccountRepository;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.category.CategoryRepository;
import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.common.BookRules;
import de.cet.ledger.domain.period.PeriodRepository;
import de.cet.ledger.domain.period.Periods;
import de.cet.ledger.domain.transaction.LedgerContext;
import de.cet.shared.error.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who acts in a book and what the book looks like to a use case (its rules, periods, accounts, categories, members). */
@ApplicationScoped
public class LedgerAccess {

    private final BookAccess bookAccess;
    private final BookRepository books;
    private final AccountRepository accounts;
    private final CategoryRepository categories;
    private final PeriodRepository periods;

    LedgerAccess(BookAccess bookAccess, BookRepository books, AccountRepository accounts, CategoryRepository categories,
                 PeriodRepository periods) {
        this.bookAccess = bookAccess;
        this.books = books;
        this.accounts = accounts;
        this.categories = categories;
        this.periods = periods;
    }

    /** The member acting in the book; 404 for a non-member or an unknown book. */
    public Actor actor(UUID bookId, UUID userId) {
        BookRole role = bookAccess.requireMember(bookId, userId);
        return new Actor(userId, role, bookAccess.isSignatory(bookId, userId));
    }

    /** A member who keeps the books (ADMIN, TREASURER); 404 for non-members, 403 for the others. */
    public Actor bookkeeper(UUID bookId, UUID userId) {
        Actor actor = actor(bookId, userId);
        actor.requireWrites();
        actor.requireKeepsTheBooks("do this");
        return actor;
    }

    /** ADMIN, TREASURER or AUDITOR: those who may read the audit log. */
    public Actor auditReader(UUID bookId, UUID userId) {
        Actor actor = actor(bookId, userId);
        if (actor.role() == BookRole.MEMBER) {
            throw new ForbiddenException("Only admins, treasurers and auditors read the audit log.");
        }
        return actor;
    }

    public BookRules rules(UUID bookId) {
        BookSettings s = bookAccess.settings(bookId);
        return new BookRules(s.requireApproval(), s.fourEyes(), s.dualApprovalAbove(), s.requireReceipt(),
            s.electionDate(), BookRules.DEFAULT_PRE_ELECTION_WINDOW_DAYS);
    }

    public Periods periods(UUID bookId) {
        return new Periods(periods.ofBook(bookId));
    }

    public Set<UUID> memberIds(UUID bookId) {
        return books.members(bookId).stream().map(Membership::userId).collect(Collectors.toSet());
    }

    /** What the compliance warnings read of a book: its accounts and categories by id, and its rules. */
    public record WarningSetup(Map<UUID, Account> accounts, Map<UUID, Category> categories, BookRules rules) {}

    /**
     * The part of {@link #context} that answers need for their warnings: three statements instead of five (a
     * read does not check periods or members).
     */
    public WarningSetup warningSetup(UUID bookId) {
        return new WarningSetup(
            accounts.ofBook(bookId).stream().collect(Collectors.toMap(Account::id, Function.identity())),
            categories.ofBook(bookId).stream().collect(Collectors.toMap(Category::id, Function.identity())),
            rules(bookId));
    }

    public LedgerContext context(UUID bookId) {
        Map<UUID, Account> accountMap = accounts.ofBook(bookId).stream().collect(Collectors.toMap(Account::id, Function.identity()));
        Map<UUID, Category> categoryMap = categories.ofBook(bookId).stream().collect(Collectors.toMap(Category::id, Function.identity()));
        return new LedgerContext(bookId, rules(bookId), periods(bookId), accountMap, categoryMap, memberIds(bookId));
    }
}
