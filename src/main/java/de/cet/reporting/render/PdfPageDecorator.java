package de.cet.reporting.render;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Phrase;
import java.awt.Color;

/**
 * Header (book name left, period right), footer ("Seite x von y" right, generation time left) and,
 * on a draft, a large diagonal mark on every page. The total page count is unknown until the end, so
 * the footer shows a template that is filled when the document closes.
 */
final class PdfPageDecorator extends PdfPageEventHelper {

    private static final float FONT_SIZE = 8f;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color DRAFT_MARK = new Color(0xE6, 0xE6, 0xE6);

    private final String headerLeft;
    private final String headerRight;
    private final String footerLeft;
    private final String pagePrefixPattern;
    private final String draftMark;
    private PdfTemplate total;

    /**
     * @param pageNumbering the language's "Seite {0} von {1}"; {1} must be at the end
     * @param draftMark     the diagonal mark, or null for a final document
     */
    PdfPageDecorator(String headerLeft, String headerRight, String footerLeft, String pageNumbering, String draftMark) {
        this.headerLeft = headerLeft;
        this.headerRight = headerRight;
        this.footerLeft = footerLeft;
        if (!pageNumbering.endsWith("{1}")) {
            throw new IllegalArgumentException("the page total must come last: " + pageNumbering);
        }
        this.pagePrefixPattern = pageNumbering.substring(0, pageNumbering.length() - 3);
        this.draftMark = draftMark;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, FONT_SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float headerY = page.getTop() - 28;
        float rightWidth = PdfFonts.REGULAR.getWidthPoint(headerRight, FONT_SIZE);
        String leftText = fit(headerLeft, right - left - rightWidth - 12);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
            new Phrase(leftText, PdfFonts.bold(FONT_SIZE)), left, headerY, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
            new Phrase(headerRight, PdfFonts.regular(FONT_SIZE)), right, headerY, 0);
        canvas.saveState();
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, headerY - 4);
        canvas.lineTo(right, headerY - 4);
        canvas.moveTo(left, 36);
        canvas.lineTo(right, 36);
        canvas.stroke();
        canvas.restoreState();

        float footerY = 24;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
            new Phrase(footerLeft, PdfFonts.regular(FONT_SIZE)), left, footerY, 0);
        String prefix = pagePrefixPattern.replace("{0}", Integer.toString(writer.getPageNumber()));
        float prefixWidth = PdfFonts.REGULAR.getWidthPoint(prefix, FONT_SIZE);
        float totalX = right - 40;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
            new Phrase(prefix, PdfFonts.regular(FONT_SIZE)), totalX - prefixWidth, footerY, 0);
        canvas.addTemplate(total, totalX, footerY);

        if (draftMark != null) {
            PdfContentByte under = writer.getDirectContentUnder();
            ColumnText.showTextAligned(under, Element.ALIGN_CENTER,
                new Phrase(draftMark, PdfFonts.colored(PdfFonts.BOLD, 96, DRAFT_MARK)),
                (page.getLeft() + page.getRight()) / 2, (page.getBottom() + page.getTop()) / 2, 45);
        }
    }

    /** A long book name is shortened with an ellipsis rather than run into the period. */
    private static String fit(String text, float width) {
        if (PdfFonts.BOLD.getWidthPoint(text, FONT_SIZE) <= width) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && PdfFonts.BOLD.getWidthPoint(shortened + "…", FONT_SIZE) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "…";
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // The writer has already moved past the last page when the document closes.
        String pages = Integer.toString(writer.getPageNumber() - 1);
        total.beginText();
        total.setFontAndSize(PdfFonts.REGULAR, FONT_SIZE);
        total.setTextMatrix(0, 0);
        total.showText(pages);
        total.endText();
    }
}
