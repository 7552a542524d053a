package de.cet.reporting.render;

import de.cet.reporting.model.ExpenseGroup;
import de.cet.reporting.model.ExpenseLine;
import de.cet.reporting.model.ExpenseReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;

/**
 * The expense report as a flat table: one row per booked transaction with its category in columns, so
 * a spreadsheet can filter, sum and pivot it. Subtotals are not rows (they would be summed twice);
 * the PDF shows them. The last column is each line's effect on the totals (income +, spending −, 0.00 for
 * transfers and reimbursements), so its sum is the PDF's "Saldo".
 */
@ApplicationScoped
public class ExpenseReportCsvRenderer {

    public void render(ExpenseReport report, OutputStream out) {
        ReportMessages m = ReportMessages.of(report.language());
        try (CsvTableWriter csv = new CsvTableWriter(out, CsvDialect.of(report.language()))) {
            csv.header(m.get("label.date"), m.get("expenses.receipts"), m.get("csv.group"), m.get("csv.officialCode"),
                m.get("expenses.type"), m.get("csv.reversal"), m.get("expenses.counterparty"),
                m.get("label.description"), m.get("expenses.reference"), m.get("csv.advancedBy"),
                m.get("label.amount") + " (EUR)", m.get("expenses.effect") + " (EUR)");
            for (ExpenseGroup group : report.groups()) {
                for (ExpenseLine line : group.lines()) {
                    csv.date(line.date())
                        .text(String.join(", ", line.receiptNumbers()))
                        .text(group.categoryName())
                        .text(group.officialCode())
                        .text(m.get("type." + line.type().name()))
                        .text(line.reversal() ? m.get("csv.yes") : m.get("csv.no"))
                        .text(line.counterparty())
                        .text(line.description())
                        .text(line.reference())
                        .text(line.advancedBy())
                        .amount(line.amount())
                        .amount(line.signedAmount())
                        .endRow();
                }
            }
        }
    }
}
