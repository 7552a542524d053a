package de.cet.reporting.api;

import de.cet.reporting.model.BalanceLine;
import de.cet.reporting.model.CategoryAmount;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.InventoryLine;
import de.cet.reporting.model.SignOff;
import de.cet.reporting.model.TransparencyReport;
import de.cet.reporting.render.ReportFormats;
import de.cet.reporting.render.ReportMessages;
import de.cet.reporting.render.TransparencyStatement;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /books/{bookId}/reports/transparency?format=json}. */
@Schema(name = "TransparencyReport")
public record TransparencyReportJson(
    String bookName,
    Period period,
    @Schema(ref = "Fund") Fund fund,
    String language,
    boolean draft,
    int requiredSignOffs,
    Money openingBalance,
    List<Line> income,
    List<Line> expenses,
    Money totalIncome,
    Money totalExpenses,
    Money closingBalance,
    List<Balance> balanceLines,
    List<Inventory> inventory,
    Money inventoryTotal,
    String statementOfProperUse,
    List<SignOffJson> signOffs) {

    @Schema(name = "TransparencyReportPeriod")
    public record Period(String name, LocalDate startDate, LocalDate endDate) {
    }

    @Schema(name = "TransparencyReportLine")
    public record Line(String officialCode, String name, Money amount) {
    }

    @Schema(name = "TransparencyReportBalance")
    public record Balance(String kind, String label, Money amount) {
    }

    @Schema(name = "TransparencyReportInventoryItem")
    public record Inventory(String description, LocalDate date, Money price) {
    }

    @Schema(name = "SignOff")
    public record SignOffJson(UUID userId, String displayName, Instant signedAt) {
    }

    public static TransparencyReportJson from(TransparencyReport report) {
        ReportMessages m = ReportMessages.of(report.language());
        return new TransparencyReportJson(
            report.bookName(),
            new Period(report.period().name(), report.period().start(), report.period().end()),
            report.fund(),
            report.language().code(),
            report.draft(),
            TransparencyReport.REQUIRED_SIGN_OFFS,
            report.openingBalance(),
            report.income().stream().map(TransparencyReportJson::line).toList(),
            report.expenses().stream().map(TransparencyReportJson::line).toList(),
            report.totalIncome(),
            report.totalExpenses(),
            report.closingBalance(),
            report.balanceLines().stream().map(b -> balance(b, m)).toList(),
            report.inventory().stream().map(TransparencyReportJson::inventory).toList(),
            report.inventoryTotal(),
            TransparencyStatement.text(report, new ReportFormats(report.language())),
            report.signOffs().stream().map(TransparencyReportJson::signOff).toList());
    }

    private static Line line(CategoryAmount line) {
        return new Line(line.officialCode(), line.name(), line.amount());
    }

    private static Balance balance(BalanceLine line, ReportMessages m) {
        return new Balance(line.kind().name(), m.get(line.kind().messageKey()), line.amount());
    }

    private static Inventory inventory(InventoryLine item) {
        return new Inventory(item.description(), item.date(), item.price());
    }

    private static SignOffJson signOff(SignOff signOff) {
        return new SignOffJson(signOff.userId(), signOff.displayName(), signOff.signedAt());
    }
}
