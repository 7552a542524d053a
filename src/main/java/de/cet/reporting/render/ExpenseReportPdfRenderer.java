package de.cet.reporting.render;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.cet.reporting.model.ExpenseGroup;
import de.cet.reporting.model.ExpenseLine;
import de.cet.reporting.model.ExpenseReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;

/**
 * The expense report as PDF (A4 landscape): one table, header row repeated on every page, a heading
 * row per category, its lines, a subtotal; the totals at the end. The table is handed to OpenPDF in
 * chunks (a "large element") so that ten thousand lines never sit in memory as one table.
 */
@ApplicationScoped
public class ExpenseReportPdfRenderer {

    private static final int COLUMNS = 7;
    private static final int CHUNK = 200;

    private final Clock clock;

    @Inject
    public ExpenseReportPdfRenderer(Clock clock) {
        this.clock = clock;
    }

    public void render(ExpenseReport report, OutputStream out) {
        ReportMessages m = ReportMessages.of(report.language());
        ReportFormats f = new ReportFormats(report.language());
        String range = f.range(report.from(), report.to());
        PdfPageDecorator decorator = new PdfPageDecorator(report.bookName(), range,
            m.get("label.generatedAt", f.dateTime(clock.instant())), m.get("page.numbering"), null);
        Font regular = PdfFonts.regular(8);
        Font bold = PdfFonts.bold(8);

        try (PdfReportDocument pdf = new PdfReportDocument(out, PageSize.A4.rotate(), m.get("expenses.title"),
            report.bookName() + " – " + range, decorator, report.language().code())) {
            Paragraph title = new Paragraph(m.get("expenses.title"), PdfFonts.bold(15));
            pdf.add(title);
            Paragraph meta = new Paragraph(report.bookName() + " · " + m.get("label.period") + ": " + range,
                PdfFonts.regular(10));
            if (!report.filters().isEmpty()) {
                meta.add(new com.lowagie.text.Chunk("\n" + m.get("expenses.filters") + ": " + report.filters(),
                    PdfFonts.regular(10)));
            }
            meta.setSpacingAfter(8);
            pdf.add(meta);

            if (report.lineCount() == 0) {
                pdf.add(new Paragraph(m.get("expenses.noLines"), PdfFonts.regular(10)));
            } else {
                PdfPTable table = new PdfPTable(new float[] {8, 11, 18, 32, 10, 10, 11});
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                table.setComplete(false);
                for (String header : new String[] {m.get("label.date"), m.get("expenses.receipts"),
                    m.get("expenses.counterparty"), m.get("label.description"), m.get("expenses.reference"),
                    m.get("expenses.type")}) {
                    table.addCell(PdfReportDocument.headerCell(header, bold));
                }
                PdfPCell amountHeader = PdfReportDocument.headerCell(m.get("label.amount"), bold);
                amountHeader.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(amountHeader);

                int rows = 0;
                for (ExpenseGroup group : report.groups()) {
                    String groupName = group.officialCode() == null
                        ? group.categoryName() : group.categoryName() + " (" + group.officialCode() + ")";
                    table.addCell(PdfReportDocument.spanning(groupName, bold, COLUMNS, PdfReportDocument.SECTION_BACKGROUND));
                    for (ExpenseLine line : group.lines()) {
                        table.addCell(PdfReportDocument.cell(f.date(line.date()), regular));
                        table.addCell(PdfReportDocument.cell(String.join(", ", line.receiptNumbers()), regular));
                        table.addCell(PdfReportDocument.cell(line.counterparty(), regular));
                        String description = line.isAdvance()
                            ? line.description() + " (" + m.get("expenses.advance", line.advancedBy()) + ")"
                            : line.description();
                        table.addCell(PdfReportDocument.cell(description, regular));
                        table.addCell(PdfReportDocument.cell(line.reference(), regular));
                        String type = m.get("type." + line.type().name());
                        table.addCell(PdfReportDocument.cell(
                            line.reversal() ? m.get("expenses.reversal") + " " + type : type, regular));
                        // A transfer or a reimbursement changes no total; it shows what was moved or paid back.
                        table.addCell(PdfReportDocument.amountCell(f.money(
                            line.countsInTotals() ? line.signedAmount() : line.amount()), regular));
                        if (++rows % CHUNK == 0) {
                            pdf.add(table);
                        }
                    }
                    if (group.officialCode() != null) {
                        table.addCell(PdfReportDocument.spanning(m.get("expenses.subtotal") + " " + groupName, bold,
                            COLUMNS - 1, null));
                        table.addCell(PdfReportDocument.amountCell(f.money(group.subtotal()), bold));
                    }
                }
                table.setComplete(true);
                pdf.add(table);
            }

            PdfPTable totals = new PdfPTable(new float[] {80, 20});
            totals.setWidthPercentage(45);
            totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
            totals.setSpacingBefore(10);
            totals.setKeepTogether(true);
            totals.addCell(PdfReportDocument.cell(m.get("expenses.totalIncome"), regular));
            totals.addCell(PdfReportDocument.amountCell(f.money(report.totalIncome()), regular));
            totals.addCell(PdfReportDocument.cell(m.get("expenses.totalExpense"), regular));
            totals.addCell(PdfReportDocument.amountCell(f.money(report.totalExpense()), regular));
            totals.addCell(PdfReportDocument.cell(m.get("expenses.balance"), bold));
            totals.addCell(PdfReportDocument.amountCell(f.money(report.balance()), bold));
            pdf.add(totals);
        }
    }
}
