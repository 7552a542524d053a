package de.cet.receipts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Till receipts drawn with Java2D the way a phone photographs them: a monospaced receipt layout (merchant,
 * address, items, SUMME, payment, date) on a slightly grey background, turned a few degrees, saved as JPEG
 * with visible compression; and the same picture put into a PDF, as a scanner makes it.
 */
public final class ReceiptPictures {

    public static final List<String> TILL = List.of(
        "Baeckerei Sonnenschein",
        "Hauptstr. 12, 10115 Berlin",
        "",
        "Brezel              1,20",
        "Kaffee gross        3,40",
        "Kuchen Apfel        2,90",
        "Belegte Semmel      4,80",
        "------------------------",
        "SUMME EUR          12,30",
        "Bar                20,00",
        "Rueckgeld           7,70",
        "MwSt 7%             0,80",
        "",
        "14.03.2026  10:42  Bon 4711");

    private ReceiptPictures() {
    }

    /** The receipt as a photo: rotated by {@code degrees}, JPEG at the given quality (0..1). */
    public static byte[] photoJpeg(List<String> lines, double degrees, float quality) {
        return jpeg(draw(lines, degrees), quality);
    }

    public static byte[] photoPng(List<String> lines) {
        return png(draw(lines, 0));
    }

    /** A scanned PDF: the picture as the only content of an A6-ish page, no text layer. */
    public static byte[] scannedPdf(List<String> lines) {
        BufferedImage image = draw(lines, 1.5);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(image.getWidth() * 72f / 200, image.getHeight() * 72f / 200));
            doc.addPage(page);
            var pdImage = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(pdImage, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A "zip-bomb image": a PNG whose header declares {@code side} x {@code side} pixels while the file
     * itself is tiny (a decoder that trusted it would allocate gigabytes).
     */
    public static byte[] pngDeclaring(int side) {
        byte[] png = png(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY));
        // IHDR width and height at bytes 16..23; the CRC is left wrong, which no reader gets to see
        for (int i = 0; i < 4; i++) {
            png[16 + i] = (byte) (side >>> (24 - 8 * i));
            png[20 + i] = (byte) (side >>> (24 - 8 * i));
        }
        return png;
    }

    static BufferedImage draw(List<String> lines, double degrees) {
        int lineHeight = 44;
        int width = 820;
        int height = 120 + lineHeight * lines.size();
        BufferedImage paper = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF2, 0xF0, 0xEA));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x22, 0x22, 0x22));
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 40));
        g.drawString(lines.get(0), 60, 70);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 32));
        for (int i = 1; i < lines.size(); i++) {
            g.drawString(lines.get(i), 60, 70 + lineHeight * i);
        }
        g.dispose();
        BufferedImage photo = new BufferedImage(width + 120, height + 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D p = photo.createGraphics();
        p.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        p.setColor(new Color(0x70, 0x6A, 0x60));
        p.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        p.rotate(Math.toRadians(degrees), photo.getWidth() / 2.0, photo.getHeight() / 2.0);
        p.drawImage(paper, 60, 60, null);
        p.dispose();
        return photo;
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
