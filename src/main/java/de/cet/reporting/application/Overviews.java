package de.cet.reporting.application;

import de.cet.books.application.BookAccess;
import de.cet.budgeting.application.BudgetService;
import de.cet.ledger.application.LedgerAccess;
import de.cet.ledger.application.LedgerQueries;
import de.cet.ledger.application.LedgerReadService;
import de.cet.reporting.model.BalanceLineKind;
import de.cet.reporting.model.Fund;
import de.cet.recurring.application.RecurringForecast;
import de.cet.recurring.domain.Template;
import de.cet.reporting.model.ReportPeriod;
import de.cet.shared.error.ConflictException;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The dashboard's data for a period: balances per account and fund, booked totals per official code and
 * month, entries waiting for approval, open advances, and a run-rate forecast of each fund's balance at
 * the period's end with the public money that would be left unspent (and so repaid).
 *
 * <p>Forecast (per fund): {@code projected = current + (current − opening) × daysRemaining / daysElapsed},
 * where {@code current} is the fund's balance at the end of {@code asOf} (today, clamped into the
 * period), {@code opening} its balance the day before the period, {@code daysElapsed} the days from the
 * period's start to {@code asOf} inclusive and {@code daysRemaining} the days after {@code asOf} to the
 * period's end; rounded half-even to the cent. Balances here are the transparency report's: what the
 * fund's accounts hold minus the members' advances it still owes. To the run-rate come the entries recurring
 * transactions will make after {@code asOf} up to the period's end ({@code recurring}: incomes +, expenses −
 * on their account's fund, as they will count once booked). The unspent public money is the projected PUBLIC
 * closing balance when it is positive; it is to be repaid when the transparency report's disposition rule
 * ({@link TransparencyReports#disposition}) says so for the period, otherwise it is carried over.
 */
@ApplicationScoped
public class Overviews {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int OPEN_APPROVALS_LISTED = 20;

    public record AccountBalance(UUID accountId, String name, String type, Fund fund, boolean archived, Money balance) {}

    public record Forecast(Fund fund, Money openingBalance, Money accountsOpenedInPeriod, Money currentBalance,
                           Money recurring, Money projectedClosingBalance, long daysElapsed, long daysRemaining) {}

    public record Overview(ReportingQueries.PeriodRow period, LocalDate asOf, List<AccountBalance> accounts,
                           Map<Fund, Money> funds, List<ReportingQueries.MonthSum> months,
                           ReportingQueries.OpenApprovals openApprovals, List<LedgerReadService.OpenAdvance> openAdvances,
                           List<Forecast> forecasts, Money unspentPublicMoney, BalanceLineKind publicDisposition,
                           Money unspentPublicMoneyToRepay, List<BudgetService.StatusView> budgets) {}

    private final LedgerAccess access;
    private final BookAccess books;
    private final LedgerQueries ledger;
    private final LedgerReadService ledgerRead;
    private final ReportingQueries queries;
    private final TransparencyReports transparency;
    private final BudgetService budgets;
    private final RecurringForecast recurring;
    private final Clock clock;

    Overviews(LedgerAccess access, BookAccess books, LedgerQueries ledger, LedgerReadService ledgerRead, ReportingQueries queries,
              TransparencyReports transparency, BudgetService budgets, RecurringForecast recurring, Clock clock) {
        this.budgets = budgets;
        this.recurring = recurring;
        this.access = access;
        this.books = books;
        this.ledger = ledger;
        this.ledgerRead = ledgerRead;
        this.queries = queries;
        this.transparency = transparency;
        this.clock = clock;
    }

    /**
     * Every member sees the overview; non-members 404. Without a period id: the period containing today, or
     * the nearest one (Periods.nearest) when today lies in none, so a new year before its period exists still
     * shows the figures of the year just ended.
     */
    @Transactional
    public Overview overview(UUID bookId, UUID userId, UUID periodId) {
        access.actor(bookId, userId);
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        ReportingQueries.PeriodRow period;
        if (periodId != null) {
            period = transparency.period(bookId, periodId);
        } else {
            UUID current = access.periods(bookId).nearest(today)
                .orElseThrow(() -> new ConflictException("no-period",
                    "The book has no accounting period yet; create one first."))
                .id();
            period = transparency.period(bookId, current);
        }
        LocalDate asOf = today.isBefore(period.start()) ? period.start().minusDays(1)
            : today.isAfter(period.end()) ? period.end() : today;

        Map<UUID, Money> balances = ledger.balances(bookId, asOf);
        Map<UUID, Money> openingBalances = ledger.balancesAtStartOf(bookId, period.start());
        List<AccountBalance> accounts = new ArrayList<>();
        Map<Fund, Money> funds = new EnumMap<>(Fund.class);
        Map<Fund, Money> openingFunds = new EnumMap<>(Fund.class);
        for (Fund fund : Fund.values()) {
            funds.put(fund, Money.ZERO);
            openingFunds.put(fund, Money.ZERO);
        }
        Map<UUID, Fund> fundOf = new java.util.HashMap<>();
        for (ReportingQueries.AccountRow a : queries.accountRows(bookId)) {
            fundOf.put(a.id(), a.fund());
            Money balance = balances.getOrDefault(a.id(), Money.ZERO);
            accounts.add(new AccountBalance(a.id(), a.name(), a.type(), a.fund(), a.archived(), balance));
            funds.merge(a.fund(), balance, Money::plus);
            openingFunds.merge(a.fund(), openingBalances.getOrDefault(a.id(), Money.ZERO), Money::plus);
        }

        long elapsed = Math.max(0, ChronoUnit.DAYS.between(period.start(), asOf) + 1);
        long remaining = ChronoUnit.DAYS.between(asOf, period.end());
        List<Forecast> forecasts = new ArrayList<>();
        Money unspent = Money.ZERO;
        Map<Fund, Money> owedNow = queries.openAdvances(bookId, asOf);
        Map<Fund, Money> owedBefore = queries.openAdvances(bookId, period.start().minusDays(1));
        // opening balances of accounts opened since the first day are in current but not in opening, and
        // they are no run-rate: left out of the projection's rate, as the report shows them in their own line
        Map<Fund, Money> openedSince = queries.openedBetween(bookId, period.start(), asOf);
        Map<Fund, Money> toCome = new EnumMap<>(Fund.class);
        for (Fund fund : Fund.values()) {
            toCome.put(fund, Money.ZERO);
        }
        for (RecurringForecast.Due due : recurring.dueBetween(bookId, asOf, period.end())) {
            Fund fund = fundOf.get(due.accountId());
            if (fund != null) {
                toCome.merge(fund, due.type() == Template.EntryType.INCOME ? due.amount() : due.amount().negate(), Money::plus);
            }
        }
        for (Fund fund : Fund.values()) {
            Money current = funds.get(fund).minus(owedNow.get(fund));
            Money opening = openingFunds.get(fund).minus(owedBefore.get(fund));
            Money opened = openedSince.get(fund);
            Money projected = current;
            if (elapsed > 0 && remaining > 0) {
                BigDecimal rate = current.minus(opening).minus(opened).amount().multiply(BigDecimal.valueOf(remaining))
                    .divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_EVEN);
                projected = current.plus(Money.of(rate));
            }
            projected = projected.plus(toCome.get(fund));
            forecasts.add(new Forecast(fund, opening, opened, current, toCome.get(fund), projected, elapsed, remaining));
            if (fund == Fund.PUBLIC && projected.isPositive()) {
                unspent = projected;
            }
        }
        BalanceLineKind disposition = TransparencyReports.disposition(books.settings(bookId),
            new ReportPeriod(period.name(), period.start(), period.end()), Fund.PUBLIC);
        Money repay = disposition == BalanceLineKind.REPAYMENT_TO_MUNICIPALITY ? unspent : Money.ZERO;
        return new Overview(period, asOf, accounts, funds, queries.monthSums(bookId, period.start(), period.end()),
            queries.openApprovals(bookId, OPEN_APPROVALS_LISTED), ledgerRead.advances(bookId, userId), forecasts,
            unspent, disposition, repay, budgets.status(bookId, userId, asOf));
    }
}
