package de.cet.reporting.application;

import de.cet.books.application.BookAccess;
import de.cet.books.application.MemberDirectory;
import de.cet.ledger.application.LedgerAccess;
import de.cet.ledger.application.LedgerQueries;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.reporting.model.ExpenseGroup;
import de.cet.reporting.model.ExpenseLine;
import de.cet.reporting.model.ExpenseReport;
import de.cet.reporting.model.OfficialCategories;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.TransactionType;
import de.cet.reporting.render.ReportFormats;
import de.cet.reporting.render.ReportMessages;
import de.cet.shared.error.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The expense report: the entries the ledger's own search finds for the caller's filters (booked ones
 * unless a status is asked for), grouped by category with receipt numbers and subtotals.
 */
@ApplicationScoped
public class ExpenseReports {

    private final LedgerAccess access;
    private final BookAccess books;
    private final LedgerQueries ledger;
    private final ReportingQueries queries;
    private final MemberDirectory directory;

    ExpenseReports(LedgerAccess access, BookAccess books, LedgerQueries ledger, ReportingQueries queries,
                   MemberDirectory directory) {
        this.access = access;
        this.books = books;
        this.ledger = ledger;
        this.queries = queries;
        this.directory = directory;
    }

    /** Every member reads the book and so its expense report; non-members get 404. */
    @Transactional
    public ExpenseReport report(UUID bookId, UUID userId, LedgerQueries.Criteria criteria, ReportLanguage language) {
        access.actor(bookId, userId);
        if (criteria.from() == null || criteria.to() == null) {
            throw new InvalidInputException(criteria.from() == null ? "from" : "to", "is required");
        }
        if (criteria.to().isBefore(criteria.from())) {
            throw new InvalidInputException("to", "must not be before from");
        }
        LedgerQueries.Criteria effective = criteria.status() != null ? criteria : new LedgerQueries.Criteria(
            criteria.from(), criteria.to(), criteria.type(), TransactionStatus.BOOKED, criteria.accountId(),
            criteria.categoryId(), criteria.memberId(), criteria.minAmount(), criteria.maxAmount(), criteria.q());
        // The ledger's search applies the filters exactly as GET /transactions does; this only reads the rows.
        List<UUID> ids = ledger.search(bookId, effective, 0, Integer.MAX_VALUE, "date", true).ids();
        List<ReportingQueries.ExpenseRow> rows = queries.expenseRows(bookId, ids);

        Set<UUID> members = new HashSet<>();
        rows.stream().map(ReportingQueries.ExpenseRow::advancedBy).filter(Objects::nonNull).forEach(members::add);
        var profiles = directory.profiles(members);
        ReportMessages m = ReportMessages.of(language);

        List<ExpenseGroup> groups = new ArrayList<>();
        String currentKey = null;
        String currentName = null;
        String currentCode = null;
        List<ExpenseLine> lines = new ArrayList<>();
        for (ReportingQueries.ExpenseRow row : rows) {
            String code = row.officialCode();
            String name;
            if (code != null) {
                String official = OfficialCategories.name(code, language);
                // a default category is named after its official category: say it once
                name = row.categoryName().equals(official) ? official : row.categoryName() + " (" + official + ")";
            } else if ("TRANSFER".equals(row.type())) {
                name = m.get("expenses.group.transfers");
            } else {
                name = m.get("expenses.group.reimbursements");
            }
            String key = code + "|" + name;
            if (!key.equals(currentKey)) {
                if (currentKey != null) {
                    groups.add(new ExpenseGroup(currentName, currentCode, lines));
                }
                currentKey = key;
                currentName = name;
                currentCode = code;
                lines = new ArrayList<>();
            }
            String advancedBy = null;
            if (row.advancedBy() != null) {
                var p = profiles.get(row.advancedBy());
                advancedBy = p == null || p.displayName() == null ? row.advancedBy().toString() : p.displayName();
            }
            lines.add(new ExpenseLine(row.date(), row.receiptNumbers(), row.counterparty(), row.description(),
                row.reference(), TransactionType.valueOf(row.type()), row.reversal(), row.amount(), advancedBy, row.effect()));
        }
        if (currentKey != null) {
            groups.add(new ExpenseGroup(currentName, currentCode, lines));
        }
        return new ExpenseReport(books.settings(bookId).name(), criteria.from(), criteria.to(),
            describe(bookId, effective, language),
            language, groups);
    }

    /**
     * The filters besides the date range, as the report's header shows them: labels and values in the
     * report's language, names instead of ids (an auditor reads this, not the API).
     */
    private String describe(UUID bookId, LedgerQueries.Criteria c, ReportLanguage language) {
        ReportMessages m = ReportMessages.of(language);
        ReportFormats formats = new ReportFormats(language);
        StringJoiner j = new StringJoiner("; ");
        if (c.type() != null) j.add(m.get("filter.type") + ": " + m.get("type." + c.type()));
        if (c.status() != null) j.add(m.get("filter.status") + ": " + m.get("status." + c.status()));
        if (c.accountId() != null) {
            j.add(m.get("filter.account") + ": " + queries.accountRows(bookId).stream()
                .filter(a -> a.id().equals(c.accountId())).map(ReportingQueries.AccountRow::name).findFirst()
                .orElse(c.accountId().toString()));
        }
        if (c.categoryId() != null) {
            j.add(m.get("filter.category") + ": " + queries.categoryName(bookId, c.categoryId())
                .orElse(c.categoryId().toString()));
        }
        if (c.memberId() != null) {
            var profile = directory.profiles(Set.of(c.memberId())).get(c.memberId());
            j.add(m.get("filter.member") + ": "
                + (profile == null || profile.displayName() == null ? c.memberId().toString() : profile.displayName()));
        }
        if (c.minAmount() != null) j.add(m.get("filter.minAmount") + ": " + formats.money(c.minAmount()));
        if (c.maxAmount() != null) j.add(m.get("filter.maxAmount") + ": " + formats.money(c.maxAmount()));
        if (c.q() != null && !c.q().isBlank()) j.add(m.get("filter.text") + ": \u201e" + c.q().strip() + "\u201c");
        return j.toString();
    }
}
