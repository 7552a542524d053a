package de.cet.recurring.application;

import de.cet.ledger.application.AuditTrail;
import de.cet.ledger.application.LedgerAccess;
import de.cet.ledger.domain.transaction.TransactionContent;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.recurring.domain.Recurring;
import de.cet.recurring.domain.RecurringRepository;
import de.cet.recurring.domain.Schedule;
import de.cet.recurring.domain.Template;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.error.StaleVersionException;
import de.cet.shared.idempotency.Idempotency;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Recurring transactions of a book: every member reads them; admins and treasurers, who record the book's
 * entries, create, change and delete them; non-members get 404. The template is checked by the ledger's
 * own entry rule (an account and category of the book that fit the type), as each entry will be.
 */
@ApplicationScoped
public class RecurringService {

    /** A recurring transaction with what was made of it: the latest handled due date and the next one. */
    public record RecurringView(Recurring recurring, LocalDate lastDueDate, LocalDate nextDueDate,
                                List<RecurringRepository.Occurrence> recent) {}

    private static final int RECENT = 12;

    private final LedgerAccess access;
    private final RecurringRepository repository;
    private final AuditTrail audit;
    private final Idempotency idempotency;
    private final RecurringRunner runner;
    private final Clock clock;

    RecurringService(LedgerAccess access, RecurringRepository repository, AuditTrail audit, Idempotency idempotency,
                     RecurringRunner runner, Clock clock) {
        this.runner = runner;
        this.access = access;
        this.repository = repository;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional
    public List<RecurringView> list(UUID bookId, UUID userId) {
        access.actor(bookId, userId);
        return repository.ofBook(bookId).stream().map(this::view).toList();
    }

    @Transactional
    public RecurringView get(UUID bookId, UUID userId, UUID id) {
        access.actor(bookId, userId);
        return view(find(bookId, id));
    }

    /**
     * Creates it (its own transaction), then makes the entry of a date already due — today's, when it starts
     * today — as the scheduler would, and answers it as it then stands.
     */
    public RecurringView createAndCatchUp(UUID bookId, UUID userId, String idempotencyKey, Template template,
                                          Schedule schedule, Boolean autoBook) {
        UUID id = QuarkusTransaction.requiringNew().call(() -> create(bookId, userId, idempotencyKey, template, schedule, autoBook));
        runner.catchUp(id);
        return QuarkusTransaction.requiringNew().call(() -> view(find(bookId, id)));
    }

    /** Changes it, then makes what became due (a start moved to today). */
    public RecurringView changeAndCatchUp(UUID bookId, UUID userId, UUID id, ExpectedVersion expected,
                                          Template template, Schedule schedule, Boolean autoBook) {
        QuarkusTransaction.requiringNew().run(() -> change(bookId, userId, id, expected, template, schedule, autoBook));
        runner.catchUp(id);
        return QuarkusTransaction.requiringNew().call(() -> view(find(bookId, id)));
    }

    @Transactional
    public UUID create(UUID bookId, UUID userId, String idempotencyKey, Template template, Schedule schedule,
                       Boolean autoBook) {
        access.bookkeeper(bookId, userId);
        return idempotency.execute(userId + " POST /books/" + bookId + "/recurring", idempotencyKey,
            new Request(template, schedule, autoBook), UUID.class, () -> {
                requireFits(bookId, template, schedule);
                Recurring r = new Recurring(UUID.randomUUID(), bookId, template, schedule, Boolean.TRUE.equals(autoBook), 0,
                    userId, clock.instant().truncatedTo(ChronoUnit.MICROS));
                repository.insert(r);
                audit.record(bookId, userId, "RECURRING_CREATED", "RecurringTransaction", r.id(), snapshot(r));
                return r.id();
            }).result();
    }

    private record Request(Template template, Schedule schedule, Boolean autoBook) {}

    @Transactional
    public RecurringView change(UUID bookId, UUID userId, UUID id, ExpectedVersion expected, Template template,
                                Schedule schedule, Boolean autoBook) {
        access.bookkeeper(bookId, userId);
        Recurring r = find(bookId, id);
        expected.check(r.version());
        long before = r.version();
        Map<String, Object> old = snapshot(r);
        if (r.change(template, schedule, autoBook)) {
            requireFits(bookId, r.template(), r.schedule());
            if (!repository.update(r, before)) {
                throw new StaleVersionException(expected.fromHeader(), before + 1);
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("before", old);
            payload.put("after", snapshot(r));
            audit.record(bookId, userId, "RECURRING_CHANGED", "RecurringTransaction", r.id(), payload);
        }
        return view(r);
    }

    /** Deletes the schedule; the entries it made stay in the ledger. */
    @Transactional
    public void delete(UUID bookId, UUID userId, UUID id) {
        access.bookkeeper(bookId, userId);
        Recurring r = find(bookId, id);
        repository.delete(bookId, id);
        audit.record(bookId, userId, "RECURRING_DELETED", "RecurringTransaction", r.id(), snapshot(r));
    }

    /** The ledger's rule for an entry of this template on its first due date, with the fields named as sent. */
    private void requireFits(UUID bookId, Template t, Schedule s) {
        TransactionContent data = TransactionContent.builder().type(TransactionType.valueOf(t.type().name()))
                .amount(t.amount()).date(s.startsOn()).accountId(t.accountId()).categoryId(t.categoryId())
                .counterparty(t.counterparty()).description(t.description()).build();
        try {
            data.validate(access.context(bookId));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                .map(f -> new FieldError(f.field().equals("date") ? "schedule.startsOn" : "template." + f.field(), f.message()))
                .toList());
        }
    }

    private RecurringView view(Recurring r) {
        LocalDate last = repository.lastHandled(r.id());
        LocalDate today = RecurringRunner.today(clock);
        LocalDate after = last != null && last.isAfter(today.minusDays(1)) ? last : today.minusDays(1);
        Optional<LocalDate> next = r.schedule().nextAfter(after);
        return new RecurringView(r, last, next.orElse(null), repository.occurrences(r.id(), RECENT));
    }

    private Recurring find(UUID bookId, UUID id) {
        return repository.find(bookId, id)
            .orElseThrow(() -> new NotFoundException("recurring-not-found", "No such recurring transaction."));
    }

    private static Map<String, Object> snapshot(Recurring r) {
        Map<String, Object> s = new LinkedHashMap<>();
        Template t = r.template();
        Schedule sc = r.schedule();
        s.put("type", t.type().name());
        s.put("amount", t.amount().toString());
        s.put("accountId", t.accountId().toString());
        s.put("categoryId", t.categoryId() == null ? null : t.categoryId().toString());
        s.put("counterparty", t.counterparty());
        s.put("description", t.description());
        s.put("frequency", sc.frequency().name());
        s.put("interval", sc.interval());
        s.put("dayOfMonth", sc.dayOfMonth());
        s.put("startsOn", sc.startsOn().toString());
        s.put("endsOn", sc.endsOn() == null ? null : sc.endsOn().toString());
        s.put("autoBook", r.autoBook());
        return s;
    }
}
