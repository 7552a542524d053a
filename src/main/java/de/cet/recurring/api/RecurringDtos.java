package de.cet.recurring.api;

import de.cet.recurring.application.RecurringService;
import de.cet.recurring.domain.Frequency;
import de.cet.recurring.domain.Recurring;
import de.cet.recurring.domain.RecurringRepository;
import de.cet.recurring.domain.Schedule;
import de.cet.recurring.domain.Template;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of recurring transactions. */
final class RecurringDtos {
    private RecurringDtos() {}

    @Schema(name = "RecurringTemplate", description = "The entry each due date makes. `type` EXPENSE or INCOME; the account and category are the book's and fit the type, as for any entry.")
    record TemplateBody(@Schema(enumeration = {"EXPENSE", "INCOME"}) String type, @Schema(ref = "PositiveMoney") Money amount,
                        UUID accountId, UUID categoryId, String counterparty, String description) {
        Template toTemplate() {
            return Template.of(type, amount, accountId, categoryId, counterparty, description);
        }

        static TemplateBody of(Template t) {
            return new TemplateBody(t.type().name(), t.amount(), t.accountId(), t.categoryId(), t.counterparty(),
                t.description());
        }
    }

    @Schema(name = "RecurringSchedule", description = "WEEKLY every `interval` weeks from `startsOn`; MONTHLY, QUARTERLY, YEARLY every `interval` × 1, 3, 12 months on `dayOfMonth` (default the day of `startsOn`; a month without that day has it on its last day, so 31 is \"the last day of the month\"). `interval` default 1 (1–99); no date after `endsOn`.")
    record ScheduleBody(Frequency frequency, Integer interval, Integer dayOfMonth, LocalDate startsOn, LocalDate endsOn) {
        Schedule toSchedule() {
            return Schedule.of(frequency, interval, dayOfMonth, startsOn, endsOn);
        }

        static ScheduleBody of(Schedule s) {
            return new ScheduleBody(s.frequency(), s.interval(), s.dayOfMonth(), s.startsOn(), s.endsOn());
        }
    }

    @Schema(name = "RecurringOccurrence", description = "A due date handled: the entry made for it, or why none could be made.")
    record OccurrenceBody(LocalDate dueDate, UUID transactionId, String failure) {}

    @Schema(name = "RecurringTransaction", description = "`lastDueDate`: the latest due date handled; `nextDueDate`: the next one to come (absent after `endsOn`); `occurrences`: the latest handled dates, newest first.")
    record RecurringBody(UUID id, TemplateBody template, ScheduleBody schedule, boolean autoBook, long version,
                         LocalDate lastDueDate, LocalDate nextDueDate, List<OccurrenceBody> occurrences) {
        static RecurringBody of(RecurringService.RecurringView v) {
            Recurring r = v.recurring();
            return new RecurringBody(r.id(), TemplateBody.of(r.template()), ScheduleBody.of(r.schedule()), r.autoBook(),
                r.version(), v.lastDueDate(), v.nextDueDate(), v.recent().stream().map(RecurringDtos::occurrence).toList());
        }
    }

    private static OccurrenceBody occurrence(RecurringRepository.Occurrence o) {
        return new OccurrenceBody(o.dueDate(), o.transactionId(), o.failure());
    }

    @Schema(name = "CreateRecurringRequest", description = "`template` and `schedule` required; `autoBook` default false (BOOKED only where the book needs no approval and the creator keeps the books, else DRAFT).")
    record CreateRecurringBody(TemplateBody template, ScheduleBody schedule, Boolean autoBook) {
        static TemplateBody required(TemplateBody t) {
            if (t == null) {
                throw new InvalidInputException("template", "is required");
            }
            return t;
        }
    }

    @Schema(name = "UpdateRecurringRequest", description = "A given `template` or `schedule` replaces the whole of it; absent ones keep theirs. `version` or `If-Match` required. Dates already handled are not made again.")
    record ChangeRecurringBody(TemplateBody template, ScheduleBody schedule, Boolean autoBook, Long version) {}
}
