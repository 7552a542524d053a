package de.cet.reporting.application;

import de.cet.books.application.BookAccess;
import de.cet.books.application.BookSettings;
import de.cet.books.application.MemberDirectory;
import de.cet.ledger.application.AuditTrail;
import de.cet.ledger.application.LedgerAccess;
import de.cet.ledger.application.LedgerQueries;
import de.cet.ledger.domain.common.Actor;
import de.cet.reporting.model.BalanceLine;
import de.cet.reporting.model.BalanceLineKind;
import de.cet.reporting.model.CategoryAmount;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.OfficialCategories;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.ReportPeriod;
import de.cet.reporting.model.SignOff;
import de.cet.reporting.model.TransparencyReport;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.ForbiddenException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The transparency report of a period and fund, and the signatories' sign-off of a closed period. */
@ApplicationScoped
public class TransparencyReports {

    /** Who has signed a period and whether its reports are final. */
    public record SignOffState(UUID periodId, List<SignOff> signOffs, boolean draft) {}

    private final LedgerAccess access;
    private final BookAccess books;
    private final LedgerQueries ledger;
    private final ReportingQueries queries;
    private final MemberDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    TransparencyReports(LedgerAccess access, BookAccess books, LedgerQueries ledger, ReportingQueries queries,
                        MemberDirectory directory, AuditTrail audit, Clock clock) {
        this.access = access;
        this.books = books;
        this.ledger = ledger;
        this.queries = queries;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every member reads the book, so every member reads its transparency report; non-members get 404. */
    @Transactional
    public TransparencyReport report(UUID bookId, UUID userId, UUID periodId, Fund fund, ReportLanguage language) {
        access.actor(bookId, userId);
        return build(bookId, period(bookId, periodId), fund, language);
    }

    /**
     * The report without a membership check, for the public transparency page (exporting context): its
     * caller has checked that the book publishes its reports, and shows only final (signed) ones.
     */
    @Transactional
    public TransparencyReport publishedReport(UUID bookId, UUID periodId, Fund fund, ReportLanguage language) {
        return build(bookId, period(bookId, periodId), fund, language);
    }

    /**
     * A signatory signs a closed period: 403 for members who are not signatories, 409 for an open period
     * or a second signature of the same signatory. The sign-off is appended to the book's audit log in
     * the same transaction.
     */
    @Transactional
    public SignOffState signOff(UUID bookId, UUID userId, UUID periodId) {
        Actor actor = access.actor(bookId, userId);
        if (!actor.signatory()) {
            throw new ForbiddenException("not-a-signatory", "Only the book's signatories sign off a period.");
        }
        ReportingQueries.PeriodRow period = period(bookId, periodId);
        if (!period.closed()) {
            throw new ConflictException("period-open", "Close the period before signing off its report.");
        }
        Instant now = clock.instant();
        // The audit chain's lock serialises sign-offs of a book, so two signatures never race past each other.
        audit.lockBook(bookId);
        if (!queries.addSignOff(bookId, periodId, userId, now)) {
            throw new ConflictException("already-signed", "You have signed off this period already.");
        }
        List<SignOff> signOffs = signOffs(bookId, periodId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("period", period.name());
        payload.put("signOffs", signOffs.size());
        payload.put("final", signOffs.size() >= TransparencyReport.REQUIRED_SIGN_OFFS);
        audit.record(bookId, userId, "REPORT_SIGNED_OFF", "period", periodId, payload);
        return new SignOffState(periodId, signOffs, signOffs.size() < TransparencyReport.REQUIRED_SIGN_OFFS);
    }

    ReportingQueries.PeriodRow period(UUID bookId, UUID periodId) {
        if (periodId == null) {
            throw new de.cet.shared.error.InvalidInputException("periodId", "is required");
        }
        return queries.period(bookId, periodId)
            .orElseThrow(() -> new NotFoundException("period-not-found", "No such period in this book."));
    }

    TransparencyReport build(UUID bookId, ReportingQueries.PeriodRow period, Fund fund, ReportLanguage language) {
        BookSettings settings = books.settings(bookId);
        Money heldAtStart = heldOnAccounts(bookId, period, fund);
        Money advancesAtStart = queries.openAdvances(bookId, period.start().minusDays(1)).get(fund);
        // The report counts an advance as an expense on its date, while the money leaves the accounts only
        // when it is reimbursed: what is owed to members is not part of the fund's balance.
        Money opening = heldAtStart.minus(advancesAtStart);
        List<CategoryAmount> income = new ArrayList<>();
        List<CategoryAmount> expenses = new ArrayList<>();
        for (ReportingQueries.CodeSum sum : queries.sumsByOfficialCode(bookId, fund, period.start(), period.end())) {
            CategoryAmount line = CategoryAmount.of(sum.officialCode(), sum.amount(), language);
            (OfficialCategories.isIncome(sum.officialCode()) ? income : expenses).add(line);
        }
        List<BalanceLine> balanceLines = new ArrayList<>();
        if (opening.isPositive()) {
            balanceLines.add(new BalanceLine(BalanceLineKind.CARRY_OVER_FROM_PREVIOUS_PERIOD, opening));
        }
        advances(balanceLines, advancesAtStart, BalanceLineKind.ADVANCES_OWED_AT_START,
            BalanceLineKind.ADVANCES_PAID_FOR_OTHER_FUND_AT_START);
        ReportingQueries.TransferSums transfers = queries.transfers(bookId, fund, period.start(), period.end());
        positive(balanceLines, BalanceLineKind.TRANSFER_BANK_TO_CASH, transfers.bankToCash());
        positive(balanceLines, BalanceLineKind.TRANSFER_CASH_TO_BANK, transfers.cashToBank());
        positive(balanceLines, BalanceLineKind.TRANSFER_FROM_OTHER_FUND, transfers.fromOtherFund());
        positive(balanceLines, BalanceLineKind.TRANSFER_TO_OTHER_FUND, transfers.toOtherFund());
        // an account opened on the first day is in the opening balance already; one opened later brings its
        // opening balance in here, or the closing balance would fall short of what the accounts hold
        Money opened = queries.openedBetween(bookId, period.start(), period.end()).get(fund);
        positive(balanceLines, BalanceLineKind.ACCOUNTS_OPENED_IN_PERIOD, opened);
        positive(balanceLines, BalanceLineKind.ACCOUNTS_OPENED_OVERDRAWN_IN_PERIOD, opened.negate());
        Money advancesAtEnd = queries.openAdvances(bookId, period.end()).get(fund);
        advances(balanceLines, advancesAtEnd, BalanceLineKind.ADVANCES_OWED_AT_END,
            BalanceLineKind.ADVANCES_PAID_FOR_OTHER_FUND_AT_END);
        ReportPeriod reportPeriod = new ReportPeriod(period.name(), period.start(), period.end());
        Money closing = TransparencyReport.closingBalance(opening, income, expenses, balanceLines);
        if (!advancesAtEnd.isZero()) {
            // what a bank statement shows: the closing balance plus what is still owed to members
            positive(balanceLines, BalanceLineKind.HELD_ON_ACCOUNTS_AT_END, closing.plus(advancesAtEnd));
        }
        if (closing.isPositive()) {
            balanceLines.add(new BalanceLine(disposition(settings, reportPeriod, fund), closing));
        }
        return new TransparencyReport(settings.name(), reportPeriod, fund, language, opening, income, expenses,
            balanceLines, queries.inventory(bookId, fund, period.start(), period.end()), signOffs(bookId, period.id()));
    }

    /**
     * Where a positive closing balance goes: own funds stay with the caucus; unspent public money is carried
     * over, unless the book says the municipality wants it back every period or the council's term ends in
     * the period (the election date lies in it) — then it is repaid.
     */
    public static BalanceLineKind disposition(BookSettings settings, ReportPeriod period, Fund fund) {
        if (fund == Fund.OWN) {
            return BalanceLineKind.CARRY_OVER_TO_NEXT_PERIOD;
        }
        LocalDate election = settings.electionDate();
        boolean termEnds = election != null && !election.isBefore(period.start()) && !election.isAfter(period.end());
        return settings.repayUnspentPublicFunds() || termEnds
            ? BalanceLineKind.REPAYMENT_TO_MUNICIPALITY : BalanceLineKind.CARRY_OVER_TO_NEXT_PERIOD;
    }

    private static void positive(List<BalanceLine> lines, BalanceLineKind kind, Money amount) {
        if (amount.isPositive()) {
            lines.add(new BalanceLine(kind, amount));
        }
    }

    private static void advances(List<BalanceLine> lines, Money open, BalanceLineKind owed, BalanceLineKind paidForOther) {
        if (open.isPositive()) {
            lines.add(new BalanceLine(owed, open));
        } else if (open.isNegative()) {
            lines.add(new BalanceLine(paidForOther, open.negate()));
        }
    }

    /**
     * What the fund's accounts held when the period began: each account's closing balance stored when the
     * previous period was closed, or — for the first period and for accounts opened since — the ledger's own
     * balance at the start of the period's first day (ADR 0003: an account opened on that day brings its
     * opening balance in).
     */
    private Money heldOnAccounts(UUID bookId, ReportingQueries.PeriodRow period, Fund fund) {
        Map<UUID, String> accounts = queries.accounts(bookId, fund);
        Map<UUID, Money> stored = queries.previousClosingBalances(bookId, period.start());
        Map<UUID, Money> computed = null;
        Money total = Money.ZERO;
        for (UUID account : accounts.keySet()) {
            Money balance = stored.get(account);
            if (balance == null) {
                if (computed == null) {
                    computed = ledger.balancesAtStartOf(bookId, period.start());
                }
                balance = computed.getOrDefault(account, Money.ZERO);
            }
            total = total.plus(balance);
        }
        return total;
    }

    private List<SignOff> signOffs(UUID bookId, UUID periodId) {
        List<ReportingQueries.SignOffRow> rows = queries.signOffs(bookId, periodId);
        var profiles = directory.profiles(rows.stream().map(ReportingQueries.SignOffRow::userId).toList());
        return rows.stream().map(r -> {
            var p = profiles.get(r.userId());
            return new SignOff(r.userId(), p == null || p.displayName() == null ? r.userId().toString() : p.displayName(),
                r.signedAt());
        }).toList();
    }
}
