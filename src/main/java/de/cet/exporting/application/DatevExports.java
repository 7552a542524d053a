package de.cet.exporting.application;

import de.cet.books.application.BookAccess;
import de.cet.books.domain.BookRole;
import de.cet.exporting.domain.BookingLine;
import de.cet.exporting.domain.Buchungsstapel;
import de.cet.exporting.domain.DatevAccount;
import de.cet.exporting.domain.DatevMapping;
import de.cet.exporting.domain.SkrChart;
import de.cet.reporting.application.ReportingQueries;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The DATEV export of a period and the book's DATEV settings. Who keeps or checks the books (ADMIN,
 * TREASURER, AUDITOR) downloads the file; ADMIN and TREASURER change the mapping; others 403, non-members 404.
 */
@ApplicationScoped
public class DatevExports {

    /** Everything the settings screen shows: effective accounts beside the chart's defaults. */
    public record SettingsView(SkrChart chart, Integer consultantNumber, Integer clientNumber, String memberAccount,
                               String memberAccountDefault, List<CategoryAccount> categories,
                               List<MoneyAccountMapping> accounts, long version) {}

    public record CategoryAccount(String officialCode, String account, String defaultAccount) {}

    public record MoneyAccountMapping(UUID accountId, String name, String type, String fund, String account,
                                      String defaultAccount) {}

    /** The new settings: null account values mean "the chart's default". */
    public record SettingsChange(SkrChart chart, Integer consultantNumber, Integer clientNumber, String memberAccount,
                                 Map<String, String> categories, Map<UUID, String> accounts) {}

    public record DatevFile(String fileName, byte[] content, int bookings) {}

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final SkrChart DEFAULT_CHART = SkrChart.SKR03;

    private final BookAccess access;
    private final ReportingQueries reporting;
    private final ExportingQueries queries;
    private final Clock clock;

    DatevExports(BookAccess access, ReportingQueries reporting, ExportingQueries queries, Clock clock) {
        this.access = access;
        this.reporting = reporting;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    public DatevFile export(UUID bookId, UUID userId, UUID periodId) {
        access.requireRole(bookId, userId, BookRole.ADMIN, BookRole.TREASURER, BookRole.AUDITOR);
        if (periodId == null) {
            throw new InvalidInputException("periodId", "is required");
        }
        ReportingQueries.PeriodRow period = reporting.period(bookId, periodId)
            .orElseThrow(() -> new NotFoundException("period-not-found", "No such period in this book."));
        if (!Buchungsstapel.fitsOneFiscalYear(period.start(), period.start(), period.end())) {
            throw new ConflictException("period-longer-than-a-year",
                "DATEV dates bookings by day and month only, so one file covers at most twelve months; this period is longer.");
        }
        DatevMapping mapping = mapping(bookId);
        StoredSettingsOrDefault stored = stored(bookId);
        List<BookingLine> lines = queries.bookedEntries(bookId, period.start(), period.end()).stream()
            .map(e -> BookingLine.of(e, mapping)).toList();
        Buchungsstapel batch = new Buchungsstapel(stored.consultantNumber(), stored.clientNumber(), period.start(),
            period.start(), period.end(), "CET " + period.name(), mapping.chart(),
            LocalDateTime.ofInstant(clock.instant(), ZONE), lines);
        return new DatevFile(batch.fileName(), batch.toBytes(), lines.size());
    }

    @Transactional
    public SettingsView settings(UUID bookId, UUID userId) {
        access.requireRole(bookId, userId, BookRole.ADMIN, BookRole.TREASURER, BookRole.AUDITOR);
        return view(bookId);
    }

    @Transactional
    public SettingsView change(UUID bookId, UUID userId, ExpectedVersion expected, SettingsChange change) {
        access.requireRole(bookId, userId, BookRole.ADMIN, BookRole.TREASURER);
        StoredSettingsOrDefault current = stored(bookId);
        expected.check(current.version());
        List<FieldError> errors = new ArrayList<>();
        SkrChart chart = change.chart() == null ? DEFAULT_CHART : change.chart();
        if (change.consultantNumber() != null && (change.consultantNumber() < 1001 || change.consultantNumber() > 9_999_999)) {
            errors.add(new FieldError("consultantNumber", "must be a Beraternummer from 1001 to 9999999"));
        }
        if (change.clientNumber() != null && (change.clientNumber() < 1 || change.clientNumber() > 99_999)) {
            errors.add(new FieldError("clientNumber", "must be a Mandantennummer from 1 to 99999"));
        }
        String member = blankToNull(change.memberAccount());
        if (member != null && !DatevAccount.isValid(member)) {
            errors.add(new FieldError("memberAccount", "must be an account of exactly four digits"));
        }
        Map<String, String> categories = new TreeMap<>();
        Set<String> codes = chart.officialCodes();
        change.categories().forEach((code, account) -> {
            String value = blankToNull(account);
            if (!codes.contains(code)) {
                errors.add(new FieldError("categories." + code, "is not a code of the official catalogue"));
            } else if (value != null && !DatevAccount.isValid(value)) {
                errors.add(new FieldError("categories." + code, "must be an account of exactly four digits"));
            } else if (value != null && !value.equals(chart.categoryAccount(code).number())) {
                categories.put(code, value);
            }
        });
        Map<UUID, ExportingQueries.MoneyAccount> known = queries.moneyAccounts(bookId).stream()
            .collect(Collectors.toMap(ExportingQueries.MoneyAccount::id, a -> a));
        Map<UUID, String> accounts = new LinkedHashMap<>();
        for (Map.Entry<UUID, String> e : change.accounts().entrySet()) {
            ExportingQueries.MoneyAccount account = known.get(e.getKey());
            if (account == null) {
                throw new NotFoundException("account-not-found", "No such account in this book.");
            }
            String value = blankToNull(e.getValue());
            if (value != null && !DatevAccount.isValid(value)) {
                errors.add(new FieldError("accounts." + e.getKey(), "must be an account of exactly four digits"));
            } else if (value != null && !value.equals(chart.moneyAccount(account.type()).number())) {
                accounts.put(e.getKey(), value);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (member != null && member.equals(chart.memberAccount().number())) {
            member = null;
        }
        queries.saveDatevSettings(bookId, new ExportingQueries.StoredDatevSettings(chart, change.consultantNumber(),
            change.clientNumber(), member, categories, accounts, current.version() + 1));
        return view(bookId);
    }

    private SettingsView view(UUID bookId) {
        DatevMapping mapping = mapping(bookId);
        StoredSettingsOrDefault stored = stored(bookId);
        SkrChart chart = mapping.chart();
        List<CategoryAccount> categories = chart.officialCodes().stream()
            .map(code -> new CategoryAccount(code, mapping.forCategory(code).number(), chart.categoryAccount(code).number()))
            .toList();
        List<MoneyAccountMapping> accounts = queries.moneyAccounts(bookId).stream()
            .map(a -> new MoneyAccountMapping(a.id(), a.name(), a.type(), a.fund(),
                mapping.forMoneyAccount(a.id(), a.type()).number(), chart.moneyAccount(a.type()).number()))
            .toList();
        return new SettingsView(chart, stored.consultantNumber(), stored.clientNumber(), mapping.forMembers().number(),
            chart.memberAccount().number(), categories, accounts, stored.version());
    }

    private record StoredSettingsOrDefault(Integer consultantNumber, Integer clientNumber, long version) {}

    private StoredSettingsOrDefault stored(UUID bookId) {
        return queries.datevSettings(bookId)
            .map(s -> new StoredSettingsOrDefault(s.consultantNumber(), s.clientNumber(), s.version()))
            .orElse(new StoredSettingsOrDefault(null, null, 0));
    }

    private DatevMapping mapping(UUID bookId) {
        return queries.datevSettings(bookId).map(s -> new DatevMapping(s.chart(),
                s.categories().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new DatevAccount(e.getValue()))),
                s.accounts().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new DatevAccount(e.getValue()))),
                s.memberAccount() == null ? null : new DatevAccount(s.memberAccount())))
            .orElse(DatevMapping.defaults(DEFAULT_CHART));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
