package de.cet.reporting.render;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans (from the openpdf-fonts-extra jar), embedded as Identity-H TrueType so that every
 * character of the text (umlauts, ß, €, names in any Latin script) renders the same everywhere and the
 * PDF qualifies for PDF/A. Subsetting keeps each PDF small: only the glyphs used are embedded.
 *
 * <p>The font programs are parsed once; BaseFont is shared between documents (each writer keeps its
 * own record of the glyphs it used), which is how OpenPDF's own font cache uses it.
 */
final class PdfFonts {

    static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
    static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");

    private PdfFonts() {
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            byte[] program = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, program, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Font regular(float size) {
        return new Font(REGULAR, size, Font.NORMAL, Color.BLACK);
    }

    static Font bold(float size) {
        return new Font(BOLD, size, Font.NORMAL, Color.BLACK);
    }

    static Font colored(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }
}
