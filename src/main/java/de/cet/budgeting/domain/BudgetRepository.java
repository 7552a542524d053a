package de.cet.budgeting.domain;

import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The budgets of a book; an id from another book is "not found". */
public interface BudgetRepository {
    Optional<Budget> find(UUID bookId, UUID budgetId);

    /** In the order they were created. */
    List<Budget> ofBook(UUID bookId);

    /** Inserts or updates (with its limit history); an update bumps nothing itself: the budget carries its version. */
    void save(Budget budget, boolean isNew);

    void delete(UUID bookId, UUID budgetId);

    /**
     * Marks {@code percent} as reached in the window starting {@code window.start()}; answers false when it
     * already was (by this transaction or a committed one).
     */
    boolean markReached(UUID budgetId, BudgetWindow window, int percent, UUID transactionId, Instant at);

    /** What a limit history row is, for the repository's implementation. */
    record LimitRow(LocalDate validFrom, Money amount) {}
}
