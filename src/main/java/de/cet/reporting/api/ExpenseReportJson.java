package de.cet.reporting.api;

import de.cet.reporting.model.ExpenseGroup;
import de.cet.reporting.model.ExpenseLine;
import de.cet.reporting.model.ExpenseReport;
import de.cet.reporting.model.TransactionType;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /books/{bookId}/reports/expenses?format=json}. {@code amount} is the ledger's positive
 * amount, {@code signedAmount} its effect on the totals by the ledger's one rule (income +, expense −, reversal
 * undoes; 0 for a transfer and for a reimbursement, whose advance is the expense).
 */
@Schema(name = "ExpenseReport")
public record ExpenseReportJson(
    String bookName,
    LocalDate from,
    LocalDate to,
    String filters,
    String language,
    List<Group> groups,
    int lineCount,
    Money totalIncome,
    Money totalExpense,
    Money balance) {

    @Schema(name = "ExpenseReportGroup")
    public record Group(String categoryName, String officialCode, List<Line> lines, Money subtotal) {
    }

    @Schema(name = "ExpenseReportLine", description = "`amount` is the ledger's positive amount, `signedAmount` its effect on the balance.")
    public record Line(LocalDate date, List<String> receiptNumbers, String counterparty, String description,
                       String reference, @Schema(ref = "TransactionType") TransactionType type, boolean reversal,
                       @Schema(ref = "PositiveMoney") Money amount, Money signedAmount,
                       String advancedBy) {
    }

    public static ExpenseReportJson from(ExpenseReport report) {
        return new ExpenseReportJson(report.bookName(), report.from(), report.to(), report.filters(),
            report.language().code(), report.groups().stream().map(ExpenseReportJson::group).toList(),
            report.lineCount(), report.totalIncome(), report.totalExpense(), report.balance());
    }

    private static Group group(ExpenseGroup group) {
        return new Group(group.categoryName(), group.officialCode(),
            group.lines().stream().map(ExpenseReportJson::line).toList(), group.subtotal());
    }

    private static Line line(ExpenseLine line) {
        return new Line(line.date(), line.receiptNumbers(), line.counterparty(), line.description(),
            line.reference(), line.type(), line.reversal(), line.amount(), line.signedAmount(), line.advancedBy());
    }
}
