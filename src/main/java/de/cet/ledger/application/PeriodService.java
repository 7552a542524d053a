package de.cet.ledger.application;

import de.cet.ledger.domain.account.AccountRepository;
import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.ClosingBlocker;
import de.cet.ledger.domain.period.PeriodClosingPolicy;
import de.cet.ledger.domain.period.PeriodClosingReport;
import de.cet.ledger.domain.period.PeriodRepository;
import de.cet.ledger.domain.period.Periods;
import de.cet.ledger.domain.transaction.TransactionRepository;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Accounting periods: created without overlap, closed when nothing blocks, balances carried into the next period. */
@ApplicationScoped
public class PeriodService {

    public record NewPeriod(String name, LocalDate startDate, LocalDate endDate) {}

    /** A closed period with its closing balances per account, which are the next period's opening balances. */
    public record ClosedPeriod(AccountingPeriod period, Map<UUID, Money> closingBalances, AccountingPeriod next) {}

    private final LedgerAccess access;
    private final PeriodRepository periods;
    private final AccountRepository accounts;
    private final TransactionRepository transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Instance<ClosingChecks> closingChecks;

    PeriodService(LedgerAccess access, PeriodRepository periods, AccountRepository accounts,
                  TransactionRepository transactions, AuditTrail audit, Clock clock, Instance<ClosingChecks> closingChecks) {
        this.access = access;
        this.periods = periods;
        this.accounts = accounts;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.closingChecks = closingChecks;
    }

    @Transactional
    public AccountingPeriod create(UUID bookId, UUID userId, NewPeriod in) {
        Actor actor = access.bookkeeper(bookId, userId);
        AccountingPeriod period = AccountingPeriod.open(UUID.randomUUID(), bookId, in.name(), in.startDate(), in.endDate());
        access.periods(bookId).requireNoOverlap(period);
        periods.save(period);
        audit.record(bookId, actor.userId(), "PERIOD_CREATED", "Period", period.id(), Payloads.period(period));
        return period;
    }

    @Transactional
    public List<AccountingPeriod> list(UUID bookId, UUID userId) {
        access.actor(bookId, userId);
        return periods.ofBook(bookId);
    }

    @Transactional
    public AccountingPeriod get(UUID bookId, UUID userId, UUID periodId) {
        access.actor(bookId, userId);
        return find(bookId, periodId);
    }

    /**
     * Closes the period when nothing blocks it (409 with the blockers otherwise), stores the closing
     * balances and opens the following period when there is none yet, so that the balances carry on.
     */
    @Transactional
    public ClosedPeriod close(UUID bookId, UUID userId, UUID periodId) {
        Actor actor = access.bookkeeper(bookId, userId);
        AccountingPeriod period = find(bookId, periodId);
        Periods all = access.periods(bookId);
        PeriodClosingReport report = PeriodClosingPolicy.evaluate(period, all, accounts.ofBook(bookId),
            transactions.ofBook(bookId), access.rules(bookId));
        List<ClosingBlocker> more = new ArrayList<>();
        for (ClosingChecks check : closingChecks) {
            more.addAll(check.blockers(bookId, period, report.closingBalances()));
        }
        if (!more.isEmpty()) {
            more.addAll(0, report.blockers());
            report = new PeriodClosingReport(report.periodId(), more, report.closingBalances());
        }
        period.close(actor, report, clock.instant());
        periods.save(period);
        periods.saveClosingBalances(report);
        Map<String, Object> payload = Payloads.period(period);
        Map<String, Object> balances = new LinkedHashMap<>();
        report.closingBalances().forEach((k, v) -> balances.put(k.toString(), v.toString()));
        payload.put("closingBalances", balances);
        audit.record(bookId, actor.userId(), "PERIOD_CLOSED", "Period", period.id(), payload);
        AccountingPeriod next = all.next(period).orElse(null);
        if (next == null) {
            next = following(period);
            periods.save(next);
            audit.record(bookId, actor.userId(), "PERIOD_CREATED", "Period", next.id(), Payloads.period(next));
        }
        return new ClosedPeriod(period, report.closingBalances(), next);
    }

    /** The period after {@code p}, of the same length; a calendar year is followed by the next calendar year. */
    private static AccountingPeriod following(AccountingPeriod p) {
        LocalDate start = p.endDate().plusDays(1);
        boolean calendarYear = MonthDay.from(p.startDate()).equals(MonthDay.of(1, 1))
            && p.endDate().equals(p.startDate().withDayOfYear(1).plusYears(1).minusDays(1));
        if (calendarYear) {
            return AccountingPeriod.open(UUID.randomUUID(), p.bookId(), String.valueOf(start.getYear()), start,
                start.plusYears(1).minusDays(1));
        }
        java.time.Period length = java.time.Period.between(p.startDate(), p.endDate().plusDays(1));
        LocalDate end = start.plus(length).minusDays(1);
        return AccountingPeriod.open(UUID.randomUUID(), p.bookId(), start + " – " + end, start, end);
    }

    private AccountingPeriod find(UUID bookId, UUID periodId) {
        return periods.find(bookId, periodId).orElseThrow(() -> new NotFoundException("period-not-found", "No such period."));
    }
}
