package de.cet.budgeting.api;

import de.cet.budgeting.application.BudgetService;
import de.cet.budgeting.domain.Budget;
import de.cet.budgeting.domain.BudgetStatus;
import de.cet.budgeting.domain.Cadence;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of budgets. */
public final class BudgetDtos {
    private BudgetDtos() {}

    @Schema(name = "Budget", description = "A limit on a category per window (MONTHLY: a calendar month; PERIOD: the accounting period). `limit` is the one that holds today. `categoryArchived`: the category was archived since; the budget still counts what is booked on it.")
    public record BudgetBody(UUID id, UUID categoryId, String name, String emoji, String color,
                             @Schema(ref = "Money") Money limit, Cadence cadence, boolean rollover, LocalDate startsOn,
                             long version, boolean categoryArchived) {
        static BudgetBody of(BudgetService.BudgetView v) {
            Budget b = v.budget();
            return new BudgetBody(b.id(), b.categoryId(), b.name(), b.emoji(), b.color(), v.limit(), b.cadence(),
                b.rollover(), b.startsOn(), b.version(), v.categoryArchived());
        }
    }

    @Schema(name = "CreateBudgetRequest", description = "`categoryId` (an expense category of the book, not archived) and `limit` (≥ 0.00) are required. `name`, `emoji` and `color` default to the category's, `cadence` to MONTHLY, `rollover` to false, `startsOn` to the first day of the current month.")
    public record CreateBudgetBody(UUID categoryId, String name, String emoji, String color,
                                   @Schema(ref = "Money") Money limit, Cadence cadence, Boolean rollover,
                                   LocalDate startsOn) {
        Budget.Content content() {
            return new Budget.Content(categoryId, name, emoji, color, limit, cadence, rollover, startsOn);
        }
    }

    @Schema(name = "UpdateBudgetRequest", description = "Absent fields keep their value. A new `limit` holds for the whole current window and after it (recalculated at once); earlier windows keep theirs. `version` or `If-Match` required.")
    public record ChangeBudgetBody(UUID categoryId, String name, String emoji, String color,
                                   @Schema(ref = "Money") Money limit, Cadence cadence, Boolean rollover,
                                   LocalDate startsOn, Long version) {
        Budget.Content content() {
            return new Budget.Content(categoryId, name, emoji, color, limit, cadence, rollover, startsOn);
        }
    }

    @Schema(name = "BudgetStatus", description = "A budget in the window containing the asked day. `remaining` = limit + carriedIn − spent (negative when overspent); `spendableToday` = remaining ÷ daysLeft (today counts), rounded down to the cent, never below 0.00; `percentUsed` = spent ÷ (limit + carriedIn), whole per cent rounded down. `spent` counts booked entries only (drafts and entries awaiting approval do not).")
    public record BudgetStatusBody(UUID budgetId, UUID categoryId, String name, String emoji, String color,
                                   Cadence cadence, boolean rollover, LocalDate windowStart, LocalDate windowEnd,
                                   @Schema(ref = "Money") Money limit, @Schema(ref = "Money") Money carriedIn,
                                   @Schema(ref = "Money") Money spent, @Schema(ref = "Money") Money remaining,
                                   @Schema(ref = "Money") Money spendableToday, long daysLeft, int percentUsed,
                                   boolean categoryArchived) {
        public static BudgetStatusBody of(BudgetService.StatusView v) {
            Budget b = v.budget();
            BudgetStatus s = v.status();
            return new BudgetStatusBody(b.id(), b.categoryId(), b.name(), b.emoji(), b.color(), b.cadence(), b.rollover(),
                s.window().start(), s.window().end(), s.limit(), s.carriedIn(), s.spent(), s.remaining(),
                s.spendableToday(), s.daysLeft(), s.percentUsed(), v.categoryArchived());
        }
    }
}
