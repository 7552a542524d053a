package de.cet.exporting.api;

import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.render.ReportFormats;
import de.cet.reporting.render.ReportMessages;
import io.quarkus.qute.TemplateData;
import java.util.List;

/** The public page's content, formatted for the reader's language (the template only places strings). */
@TemplateData
record PageView(String lang, String bookName, String title, String subtitle, String noReports, Labels labels,
                List<Report> reports) {

    @TemplateData
    record Labels(String period, String fund, String code, String category, String amount, String openingBalance,
                  String income, String expenses, String totalIncome, String totalExpenses, String closingBalance,
                  String balanceLines, String inventoryTotal, String none, String statement, String signatures,
                  String signatory, String signedAt, String signedInApp, String language) {}

    @TemplateData
    record Report(String id, String heading, String fund, String range, String openingBalance, List<Line> income,
                  List<Line> expenses, String totalIncome, String totalExpenses, String closingBalance,
                  List<Line> balanceLines, String inventoryTotal, String statement, List<Signature> signatures) {}

    @TemplateData
    record Line(String code, String name, String amount) {}

    @TemplateData
    record Signature(String name, String signedAt) {}

    static PageView of(PublicPageResource.PublicBook book, ReportLanguage language) {
        ReportMessages m = ReportMessages.of(language);
        ReportFormats f = new ReportFormats(language);
        boolean de = language == ReportLanguage.DE;
        Labels labels = new Labels(m.get("label.period"), m.get("label.fund"), m.get("label.officialCode"),
            m.get("label.category"), m.get("label.amount"), m.get("label.openingBalance"), m.get("label.income"),
            m.get("label.expenses"), m.get("label.totalIncome"), m.get("label.totalExpenses"),
            m.get("label.closingBalance"), m.get("label.balanceLines"), m.get("label.inventoryTotal"), m.get("label.none"),
            m.get("label.statement"), m.get("label.signatures"), m.get("label.signatory"), m.get("label.signedAt"),
            m.get("label.signedInApp"), de ? "In English" : "Auf Deutsch");
        List<Report> reports = book.reports().stream().map(r -> new Report(
            r.periodId() + "-" + r.fund().name().toLowerCase(java.util.Locale.ROOT),
            r.period().name() + " – " + m.get("fund." + r.fund().name()), m.get("fund." + r.fund().name()),
            f.range(r.period().startDate(), r.period().endDate()), f.money(r.openingBalance()),
            r.income().stream().map(l -> new Line(l.officialCode(), l.name(), f.money(l.amount()))).toList(),
            r.expenses().stream().map(l -> new Line(l.officialCode(), l.name(), f.money(l.amount()))).toList(),
            f.money(r.totalIncome()), f.money(r.totalExpenses()), f.money(r.closingBalance()),
            r.balanceLines().stream().map(b -> new Line("", b.label(), f.money(b.amount()))).toList(),
            f.money(r.inventoryTotal()), r.statementOfProperUse(),
            r.signOffs().stream().map(s -> new Signature(s.displayName(), f.dateTime(s.signedAt()))).toList())).toList();
        return new PageView(language.code(), book.bookName(), m.get("transparency.title"), m.get("transparency.subtitle"),
            de ? "Noch kein unterschriebener Bericht veröffentlicht." : "No signed report published yet.", labels, reports);
    }
}
