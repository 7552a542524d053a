package de.cet.recurring.application;

import de.cet.recurring.domain.Recurring;
import de.cet.recurring.domain.RecurringRepository;
import de.cet.recurring.domain.Template;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The entries recurring transactions will make in a date range and have not made yet: what a forecast adds
 * to the run-rate (the overview's). The caller checks access.
 */
@ApplicationScoped
public class RecurringForecast {

    /** One entry to come: its due date, type, amount and account. */
    public record Due(LocalDate date, Template.EntryType type, Money amount, UUID accountId) {}

    private final RecurringRepository repository;

    RecurringForecast(RecurringRepository repository) {
        this.repository = repository;
    }

    /** The due dates after {@code after} up to {@code until} (both days), after each one's last handled date. */
    public List<Due> dueBetween(UUID bookId, LocalDate after, LocalDate until) {
        List<Due> out = new ArrayList<>();
        for (Recurring r : repository.ofBook(bookId)) {
            LocalDate last = repository.lastHandled(r.id());
            LocalDate from = last != null && last.isAfter(after) ? last : after;
            for (LocalDate d : r.schedule().dueDates(from.plusDays(1), until)) {
                out.add(new Due(d, r.template().type(), r.template().amount(), r.template().accountId()));
            }
        }
        return out;
    }
}
