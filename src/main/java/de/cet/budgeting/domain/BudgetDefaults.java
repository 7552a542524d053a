package de.cet.budgeting.domain;

import de.cet.shared.money.Money;
import java.util.List;

/**
 * The budgets a new book starts with, per book kind: a household gets two everyday funnels on categories
 * its default set has (ledger's {@code BookKindDefaults}), identified by name and official code; caucuses
 * and groups start without.
 */
public final class BudgetDefaults {

    /** A budget to be created: on the new book's category named {@code categoryName} with {@code officialCode}. */
    public record Template(String categoryName, String officialCode, String name, Money limit) {}

    private BudgetDefaults() {}

    public static List<Template> forBookKind(String kind) {
        if ("HOUSEHOLD".equals(kind)) {
            return List.of(
                new Template("Groceries", "EX-520", "Groceries", Money.of("400.00")),
                new Template("Leisure", "EX-410", "Leisure", Money.of("100.00")));
        }
        return List.of();
    }
}
