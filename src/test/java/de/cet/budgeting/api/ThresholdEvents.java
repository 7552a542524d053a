package de.cet.budgeting.api;

import de.cet.budgeting.application.BudgetThresholdReached;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every {@link BudgetThresholdReached} the application fires, for the tests to count. */
@Singleton
public class ThresholdEvents {

    private final List<BudgetThresholdReached> seen = new CopyOnWriteArrayList<>();

    void on(@Observes BudgetThresholdReached event) {
        seen.add(event);
    }

    public List<BudgetThresholdReached> of(UUID budgetId) {
        return seen.stream().filter(e -> e.budgetId().equals(budgetId)).toList();
    }
}
