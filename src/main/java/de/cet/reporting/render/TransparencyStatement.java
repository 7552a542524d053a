package de.cet.reporting.render;

import de.cet.reporting.model.TransparencyReport;

/** The statement of proper use, a fixed text per language filled with the period and the fund. */
public final class TransparencyStatement {

    private TransparencyStatement() {
    }

    public static String text(TransparencyReport report, ReportFormats formats) {
        ReportMessages m = ReportMessages.of(report.language());
        return m.get("statement.text", formats.period(report.period()), m.get("fund." + report.fund().name()));
    }
}
