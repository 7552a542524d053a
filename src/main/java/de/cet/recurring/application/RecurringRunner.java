package de.cet.recurring.application;

import de.cet.ledger.application.LedgerAccess;
import de.cet.ledger.application.TransactionService;
import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.transaction.TransactionContent;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.recurring.domain.Recurring;
import de.cet.recurring.domain.RecurringRepository;
import de.cet.recurring.domain.Template;
import de.cet.shared.error.CetException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns due dates into ledger entries: every instance runs it on a schedule (and once shortly after start,
 * which is the catch-up after downtime); each due date is handled in a transaction of its own that first
 * claims the date (the unique occurrence row) and then makes the entry through the ledger's
 * {@link TransactionService#create} — audit chain, kept aggregates, rules and budget thresholds as for any
 * entry. A second instance claiming the same date waits for the first one's commit and then skips it; if
 * the first rolls back, the claim goes with it and the date is still due. A date whose entry the ledger
 * refuses (a closed period, an archived account, the creator no longer a member ...) is noted with the
 * reason in a transaction of its own and not tried again.
 *
 * <p>The entry is recorded in the name of the member who created the recurring transaction; it is BOOKED
 * when {@code autoBook} is on, the book does not require approval and that member keeps the books, else a
 * DRAFT. Due dates are days in Europe/Berlin, and only those on or after the day the recurring transaction
 * was created: creating one does not invent entries for the past.
 */
@ApplicationScoped
public class RecurringRunner {

    private static final Logger LOG = Logger.getLogger(RecurringRunner.class);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final RecurringRepository repository;
    private final TransactionService transactions;
    private final LedgerAccess access;
    private final Clock clock;

    RecurringRunner(RecurringRepository repository, TransactionService transactions, LedgerAccess access, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.access = access;
        this.clock = clock;
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(BERLIN));
    }

    @Scheduled(every = "${cet.recurring.interval}", delayed = "${cet.recurring.first-run-delay}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int made = catchUp();
        if (made > 0) {
            LOG.infof("Recurring transactions: %d due date(s) handled", made);
        }
    }

    /** Handles every due date up to today of every book; answers how many dates this call handled. */
    public int catchUp() {
        LocalDate today = today(clock);
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> repository.withDueDatesUpTo(today));
        int handled = 0;
        for (UUID id : ids) {
            handled += catchUp(id, today);
        }
        return handled;
    }

    /** Handles the due dates up to today of one recurring transaction. */
    public int catchUp(UUID recurringId) {
        return catchUp(recurringId, today(clock));
    }

    private int catchUp(UUID id, LocalDate today) {
        int handled = 0;
        while (true) {
            Optional<LocalDate> due = QuarkusTransaction.requiringNew().call(() -> nextDue(id, today));
            if (due.isEmpty()) {
                return handled;
            }
            LocalDate date = due.get();
            try {
                if (QuarkusTransaction.requiringNew().call(() -> make(id, date))) {
                    handled++;
                }
                // else another instance claimed the date (and committed): look again
            } catch (CetException refused) {
                // the ledger refused the entry; the claim rolled back with it
                boolean noted = QuarkusTransaction.requiringNew().call(() ->
                    repository.failed(id, date, refused.getMessage(), clock.instant()));
                if (noted) {
                    handled++;
                    LOG.warnf("Recurring transaction %s: no entry for %s: %s", id, date, refused.getMessage());
                }
            }
        }
    }

    /** The earliest due date up to today not handled yet. */
    private Optional<LocalDate> nextDue(UUID id, LocalDate today) {
        Optional<Recurring> found = repository.findById(id);
        if (found.isEmpty()) {
            return Optional.empty(); // deleted meanwhile
        }
        Recurring r = found.get();
        LocalDate createdOn = LocalDate.ofInstant(r.createdAt(), BERLIN);
        LocalDate handledUpTo = repository.lastHandled(id);
        if (handledUpTo == null || handledUpTo.isBefore(createdOn.minusDays(1))) {
            handledUpTo = createdOn.minusDays(1);
        }
        return r.dueUpTo(today, handledUpTo).stream().findFirst();
    }

    /** Claims {@code date} and makes its entry; false when the date was claimed by someone else. */
    private boolean make(UUID id, LocalDate date) {
        Optional<Recurring> found = repository.findById(id);
        if (found.isEmpty() || !repository.claim(id, date, clock.instant())) {
            return false;
        }
        Recurring r = found.get();
        Template t = r.template();
        TransactionStatus status = TransactionStatus.DRAFT;
        if (r.autoBook()) {
            Actor creator = access.actor(r.bookId(), r.createdBy());
            if (creator.keepsTheBooks() && !access.rules(r.bookId()).requireApproval()) {
                status = TransactionStatus.BOOKED;
            }
        }
        var entry = transactions.create(r.bookId(), r.createdBy(), null, new TransactionService.NewTransaction(TransactionContent.builder()
                .type(TransactionType.valueOf(t.type().name())).amount(t.amount()).date(date).accountId(t.accountId())
                .categoryId(t.categoryId()).counterparty(t.counterparty()).description(t.description())
                .build(), status));
        repository.entryMade(id, date, entry.transaction().id());
        return true;
    }
}
