package de.cet.reporting.render;

import de.cet.reporting.model.BalanceLine;
import de.cet.reporting.model.BalanceLineKind;
import de.cet.reporting.model.CategoryAmount;
import de.cet.reporting.model.InventoryLine;
import de.cet.reporting.model.SignOff;
import de.cet.reporting.model.TransparencyReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;

/**
 * The transparency report as one table of (section, code, name, date, amount) rows, in the order of the
 * PDF: opening balance, income, expenses, closing balance, balance lines, inventory, sign-offs, status.
 */
@ApplicationScoped
public class TransparencyReportCsvRenderer {

    public void render(TransparencyReport report, OutputStream out) {
        ReportMessages m = ReportMessages.of(report.language());
        try (CsvTableWriter csv = new CsvTableWriter(out, CsvDialect.of(report.language()))) {
            csv.header(m.get("label.section"), m.get("label.officialCode"), m.get("label.description"),
                m.get("label.date"), m.get("label.amount") + " (EUR)");
            csv.text(m.get("csv.section.opening")).text("").text(m.get("label.openingBalance"))
                .date(report.period().start()).amount(report.openingBalance()).endRow();
            for (CategoryAmount line : report.income()) {
                csv.text(m.get("csv.section.income")).text(line.officialCode()).text(line.name()).text("")
                    .amount(line.amount()).endRow();
            }
            csv.text(m.get("csv.section.total")).text("").text(m.get("label.totalIncome")).text("")
                .amount(report.totalIncome()).endRow();
            for (CategoryAmount line : report.expenses()) {
                csv.text(m.get("csv.section.expense")).text(line.officialCode()).text(line.name()).text("")
                    .amount(line.amount()).endRow();
            }
            csv.text(m.get("csv.section.total")).text("").text(m.get("label.totalExpenses")).text("")
                .amount(report.totalExpenses()).endRow();
            for (BalanceLine change : report.balanceChanges()) {
                // an account opened in the period brings an opening balance, not a transfer
                String section = change.kind() == BalanceLineKind.ACCOUNTS_OPENED_IN_PERIOD
                    || change.kind() == BalanceLineKind.ACCOUNTS_OPENED_OVERDRAWN_IN_PERIOD
                    ? "csv.section.opening" : "csv.section.transfer";
                csv.text(m.get(section)).text("").text(m.get(change.kind().messageKey())).text("")
                    .amount(change.kind().effect() < 0 ? change.amount().negate() : change.amount()).endRow();
            }
            csv.text(m.get("csv.section.closing")).text("").text(m.get("label.closingBalance"))
                .date(report.period().end()).amount(report.closingBalance()).endRow();
            for (BalanceLine line : report.explanatoryLines()) {
                csv.text(m.get("csv.section.balance")).text("").text(m.get(line.kind().messageKey())).text("")
                    .amount(line.amount()).endRow();
            }
            for (InventoryLine item : report.inventory()) {
                csv.text(m.get("csv.section.inventory")).text("EX-700").text(item.description()).date(item.date())
                    .amount(item.price()).endRow();
            }
            for (SignOff signOff : report.signOffs()) {
                csv.text(m.get("csv.section.signOff")).text("").text(signOff.displayName())
                    .date(signOff.signedAt().atZone(ReportFormats.ZONE).toLocalDate()).text("").endRow();
            }
            csv.text(m.get("csv.section.status")).text("")
                .text(report.draft() ? m.get("csv.status.draft") : m.get("csv.status.final")).text("").text("")
                .endRow();
        }
    }
}
