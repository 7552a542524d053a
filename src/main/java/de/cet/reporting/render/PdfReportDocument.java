package de.cet.reporting.render;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Opens a report PDF: A4, decorated pages, PDF/A-1b (embedded fonts, XMP metadata, an sRGB output
 * intent from the JDK's own ICC profile, no transparency), and offers the cell styles the reports
 * share. The caller adds content and calls {@link #close()}; the output stream is left open.
 */
final class PdfReportDocument implements AutoCloseable {

    static final Color SECTION_BACKGROUND = new Color(0xEE, 0xEE, 0xEE);
    static final Color HEADER_BACKGROUND = new Color(0xD9, 0xE2, 0xEC);

    private static final ICC_Profile SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB);

    final Document document;
    final PdfWriter writer;

    PdfReportDocument(OutputStream out, Rectangle pageSize, String title, String subject, PdfPageDecorator decorator,
                      String language) {
        document = new Document(pageSize, 42, 42, 56, 50);
        try {
            writer = PdfWriter.getInstance(document, new NonClosingOutputStream(out));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPageEvent(decorator);
        document.addTitle(title);
        document.addSubject(subject);
        document.addCreator("CET – Caucus Expense Tracker");
        document.addAuthor("CET");
        document.addCreationDate();
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        try {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                SRGB_PROFILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    int pageNumber() {
        return writer.getPageNumber();
    }

    @Override
    public void close() {
        writer.createXmpMetadata();
        document.close();
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderWidth(0.25f);
        cell.setBorderColor(Color.GRAY);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(3f);
        return cell;
    }

    static PdfPCell amountCell(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setNoWrap(true);
        return cell;
    }

    static PdfPCell headerCell(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setBackgroundColor(HEADER_BACKGROUND);
        return cell;
    }

    static PdfPCell spanning(String text, Font font, int columns, Color background) {
        PdfPCell cell = cell(text, font);
        cell.setColspan(columns);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }
}
