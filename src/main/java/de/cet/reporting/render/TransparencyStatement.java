package de.cet.reporting.render;

import de.cet.reporting.model.TransparencyReport;

/**
 * The statement of proper use: a fixed text per language and fund (public funds: used only for the
 * caucus's work, no party or private use, unspent money carried over or repaid; own funds: kept apart
 * from public money), filled with the period and the fund.
 */
public final class TransparencyStatement {

    private TransparencyStatement() {
    }

    public static String text(TransparencyReport report, ReportFormats formats) {
        ReportMessages m = ReportMessages.of(report.language());
        return m.get("statement.text." + report.fund().name(), formats.period(report.period()),
            m.get("fund." + report.fund().name()));
    }
}
