import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * bench/ocr's receipts: `java ReceiptPhoto.java DIR N` writes N till receipts DIR/receipt-<i>.jpg, each
 * with its own items and total (the total in cents is printed, one per line, for the bench to check),
 * drawn like a phone photo: tilted 2 degrees, JPEG quality 0.6.
 */
public class ReceiptPhoto {
    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        int n = Integer.parseInt(args[1]);
        for (int r = 0; r < n; r++) {
            int[] items = {120 + 7 * r, 340 + 13 * r, 290 + r, 480};
            int total = 0;
            for (int c : items) {
                total += c;
            }
            String[] lines = {"Baeckerei Nummer " + (r + 1), "Hauptstr. 12, 10115 Berlin", "",
                row("Brezel", items[0]), row("Kaffee gross", items[1]), row("Kuchen Apfel", items[2]),
                row("Belegte Semmel", items[3]), "------------------------", row("SUMME EUR", total),
                row("Bar", 5000), row("Rueckgeld", 5000 - total), "",
                String.format("%02d.03.2026  10:42  Bon %d", 1 + r % 28, 4700 + r)};
            write(draw(lines), new File(dir, "receipt-" + r + ".jpg"));
            System.out.println(total);
        }
    }

    static String row(String name, int cents) {
        String amount = String.format("%d,%02d", cents / 100, cents % 100);
        return name + " ".repeat(Math.max(1, 24 - name.length() - amount.length())) + amount;
    }

    static BufferedImage draw(String[] lines) {
        int width = 820;
        int height = 120 + 44 * lines.length;
        BufferedImage paper = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF2, 0xF0, 0xEA));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x22, 0x22, 0x22));
        for (int i = 0; i < lines.length; i++) {
            g.setFont(new Font(Font.MONOSPACED, i == 0 ? Font.BOLD : Font.PLAIN, i == 0 ? 40 : 32));
            g.drawString(lines[i], 60, 70 + 44 * i);
        }
        g.dispose();
        BufferedImage photo = new BufferedImage(width + 120, height + 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D p = photo.createGraphics();
        p.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        p.setColor(new Color(0x70, 0x6A, 0x60));
        p.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        p.rotate(Math.toRadians(2), photo.getWidth() / 2.0, photo.getHeight() / 2.0);
        p.drawImage(paper, 60, 60, null);
        p.dispose();
        return photo;
    }

    static void write(BufferedImage image, File file) throws Exception {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.6f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
