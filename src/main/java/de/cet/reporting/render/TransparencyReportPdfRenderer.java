package de.cet.reporting.render;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.cet.reporting.model.BalanceLine;
import de.cet.reporting.model.CategoryAmount;
import de.cet.reporting.model.InventoryLine;
import de.cet.reporting.model.SignOff;
import de.cet.reporting.model.TransparencyReport;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

/**
 * The transparency report as PDF/A (A4 portrait): figures by official category, balance lines,
 * inventory, the statement of proper use and the signature block showing who signed and when. Until
 * two signatories have signed, every page carries a large draft mark and the first page says so.
 */
@ApplicationScoped
public class TransparencyReportPdfRenderer {

    private static final Color DRAFT_RED = new Color(0xB0, 0x00, 0x20);

    private final Clock clock;

    @Inject
    public TransparencyReportPdfRenderer(Clock clock) {
        this.clock = clock;
    }

    public void render(TransparencyReport report, OutputStream out) {
        ReportMessages m = ReportMessages.of(report.language());
        ReportFormats f = new ReportFormats(report.language());
        String period = f.period(report.period());
        PdfPageDecorator decorator = new PdfPageDecorator(report.bookName(), period,
            m.get("label.generatedAt", f.dateTime(clock.instant())), m.get("page.numbering"),
            report.draft() ? m.get("label.draft") : null);
        Font regular = PdfFonts.regular(9.5f);
        Font bold = PdfFonts.bold(9.5f);

        try (PdfReportDocument pdf = new PdfReportDocument(out, PageSize.A4, m.get("transparency.title"),
            report.bookName() + " – " + period, decorator, report.language().code())) {
            pdf.add(new Paragraph(m.get("transparency.title"), PdfFonts.bold(16)));
            Paragraph subtitle = new Paragraph(m.get("transparency.subtitle"), PdfFonts.regular(10));
            subtitle.setSpacingAfter(8);
            pdf.add(subtitle);
            if (report.draft()) {
                Paragraph draft = new Paragraph(m.get("label.draftNote"), PdfFonts.colored(PdfFonts.BOLD, 11, DRAFT_RED));
                draft.setSpacingAfter(8);
                pdf.add(draft);
            }

            PdfPTable facts = new PdfPTable(new float[] {22, 78});
            facts.setWidthPercentage(100);
            addFact(facts, m.get("label.book"), report.bookName(), bold, regular);
            addFact(facts, m.get("label.period"), period, bold, regular);
            addFact(facts, m.get("label.fund"), m.get("fund." + report.fund().name()), bold, regular);
            facts.setSpacingAfter(12);
            pdf.add(facts);

            PdfPTable figures = new PdfPTable(new float[] {14, 64, 22});
            figures.setWidthPercentage(100);
            figures.setHeaderRows(1);
            figures.addCell(PdfReportDocument.headerCell(m.get("label.officialCode"), bold));
            figures.addCell(PdfReportDocument.headerCell(m.get("label.category"), bold));
            PdfPCell amountHeader = PdfReportDocument.headerCell(m.get("label.amount"), bold);
            amountHeader.setHorizontalAlignment(Element.ALIGN_RIGHT);
            figures.addCell(amountHeader);
            totalRow(figures, m.get("label.openingBalance"), f.money(report.openingBalance()), bold);
            section(figures, m.get("label.income"), bold);
            categoryRows(figures, report.income(), f, m, regular);
            totalRow(figures, m.get("label.totalIncome"), f.money(report.totalIncome()), bold);
            section(figures, m.get("label.expenses"), bold);
            categoryRows(figures, report.expenses(), f, m, regular);
            totalRow(figures, m.get("label.totalExpenses"), f.money(report.totalExpenses()), bold);
            for (BalanceLine change : report.balanceChanges()) {
                // a transfer between the funds, or an account opened in the period, changes the balance
                // without being income or expense: shown with its sign right above the closing balance, so
                // the column still adds up
                Money signed = change.kind().effect() < 0 ? change.amount().negate() : change.amount();
                figures.addCell(PdfReportDocument.spanning(m.get(change.kind().messageKey()), regular, 2, null));
                figures.addCell(PdfReportDocument.amountCell(f.money(signed), regular));
            }
            totalRow(figures, m.get("label.closingBalance"), f.money(report.closingBalance()), bold);
            figures.setSpacingAfter(12);
            pdf.add(figures);

            if (!report.explanatoryLines().isEmpty()) {
                pdf.add(heading(m.get("label.balanceLines")));
                PdfPTable balance = new PdfPTable(new float[] {78, 22});
                balance.setWidthPercentage(100);
                for (BalanceLine line : report.explanatoryLines()) {
                    Font font = line.kind().isDisposition() ? bold : regular;
                    balance.addCell(PdfReportDocument.cell(m.get(line.kind().messageKey()), font));
                    balance.addCell(PdfReportDocument.amountCell(f.money(line.amount()), font));
                }
                balance.setSpacingAfter(12);
                pdf.add(balance);
            }

            pdf.add(heading(m.get("label.inventory")));
            if (report.inventory().isEmpty()) {
                Paragraph none = new Paragraph(m.get("label.none"), regular);
                none.setSpacingAfter(12);
                pdf.add(none);
            } else {
                PdfPTable inventory = new PdfPTable(new float[] {16, 62, 22});
                inventory.setWidthPercentage(100);
                inventory.setHeaderRows(1);
                inventory.addCell(PdfReportDocument.headerCell(m.get("label.date"), bold));
                inventory.addCell(PdfReportDocument.headerCell(m.get("label.description"), bold));
                PdfPCell priceHeader = PdfReportDocument.headerCell(m.get("label.price"), bold);
                priceHeader.setHorizontalAlignment(Element.ALIGN_RIGHT);
                inventory.addCell(priceHeader);
                for (InventoryLine item : report.inventory()) {
                    inventory.addCell(PdfReportDocument.cell(f.date(item.date()), regular));
                    inventory.addCell(PdfReportDocument.cell(item.description(), regular));
                    inventory.addCell(PdfReportDocument.amountCell(f.money(item.price()), regular));
                }
                inventory.addCell(PdfReportDocument.spanning(m.get("label.inventoryTotal"), bold, 2, null));
                inventory.addCell(PdfReportDocument.amountCell(f.money(report.inventoryTotal()), bold));
                inventory.setSpacingAfter(12);
                pdf.add(inventory);
            }

            PdfPTable closing = new PdfPTable(1);
            closing.setWidthPercentage(100);
            closing.setKeepTogether(true);
            closing.addCell(borderless(new Paragraph(m.get("label.statement"), PdfFonts.bold(11))));
            Paragraph statement = new Paragraph(TransparencyStatement.text(report, f), regular);
            statement.setLeading(13);
            PdfPCell statementCell = borderless(statement);
            statementCell.setPaddingBottom(14);
            closing.addCell(statementCell);
            closing.addCell(borderless(new Paragraph(m.get("label.signatures"), PdfFonts.bold(11))));
            closing.addCell(borderless(signatureBlock(report.signOffs(), f, m, regular, bold)));
            pdf.add(closing);
        }
    }

    private static PdfPTable signatureBlock(List<SignOff> signOffs, ReportFormats f, ReportMessages m, Font regular,
                                            Font bold) {
        int slots = Math.max(TransparencyReport.REQUIRED_SIGN_OFFS, signOffs.size());
        PdfPTable block = new PdfPTable(slots);
        block.setWidthPercentage(100);
        for (int i = 0; i < slots; i++) {
            Paragraph text = new Paragraph();
            text.setLeading(13);
            if (i < signOffs.size()) {
                SignOff signOff = signOffs.get(i);
                text.add(new com.lowagie.text.Chunk(signOff.displayName() + "\n", bold));
                text.add(new com.lowagie.text.Chunk(m.get("label.signedAt") + " " + f.dateTime(signOff.signedAt())
                    + "\n" + m.get("label.signedInApp"), regular));
            } else {
                text.add(new com.lowagie.text.Chunk("\n" + m.get("label.signatory") + " – " + m.get("label.notSigned"),
                    regular));
            }
            PdfPCell cell = new PdfPCell(text);
            cell.setBorder(Rectangle.TOP);
            cell.setBorderWidthTop(0.75f);
            cell.setPaddingTop(4);
            cell.setPaddingRight(18);
            cell.setMinimumHeight(48);
            block.addCell(cell);
        }
        return block;
    }

    private static PdfPCell borderless(Element content) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        return cell;
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, PdfFonts.bold(11));
        heading.setSpacingAfter(4);
        return heading;
    }

    private static void addFact(PdfPTable table, String label, String value, Font bold, Font regular) {
        PdfPCell name = PdfReportDocument.cell(label, bold);
        name.setBorder(Rectangle.NO_BORDER);
        PdfPCell content = PdfReportDocument.cell(value, regular);
        content.setBorder(Rectangle.NO_BORDER);
        table.addCell(name);
        table.addCell(content);
    }

    private static void section(PdfPTable table, String name, Font bold) {
        table.addCell(PdfReportDocument.spanning(name, bold, 3, PdfReportDocument.SECTION_BACKGROUND));
    }

    private static void totalRow(PdfPTable table, String label, String amount, Font bold) {
        table.addCell(PdfReportDocument.spanning(label, bold, 2, null));
        table.addCell(PdfReportDocument.amountCell(amount, bold));
    }

    private static void categoryRows(PdfPTable table, List<CategoryAmount> lines, ReportFormats f, ReportMessages m,
                                     Font regular) {
        if (lines.isEmpty()) {
            table.addCell(PdfReportDocument.spanning(m.get("label.none"), regular, 2, null));
            table.addCell(PdfReportDocument.amountCell(f.money(Money.ZERO), regular));
            return;
        }
        for (CategoryAmount line : lines) {
            table.addCell(PdfReportDocument.cell(line.officialCode(), regular));
            table.addCell(PdfReportDocument.cell(line.name(), regular));
            table.addCell(PdfReportDocument.amountCell(f.money(line.amount()), regular));
        }
    }
}
