package de.cet.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Small receipt files for the demo: an invoice as a PDF (OpenPDF) and a scanned till slip as a PNG
 * (written by hand, so that no AWT is needed, also not in the native image). Every file differs, so
 * that the receipt store, which recognises the same bytes twice, keeps each one.
 */
final class DemoReceipts {

    private DemoReceipts() {}

    static byte[] invoicePdf(String vendor, String number, String date, String item, String amount) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(vendor, new Font(Font.HELVETICA, 16, Font.BOLD)));
        document.add(new Paragraph("Rechnung " + number + " vom " + date));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(item));
        document.add(new Paragraph("Gesamtbetrag: " + amount + " EUR", new Font(Font.HELVETICA, 12, Font.BOLD)));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Demo-Beleg, erzeugt von CET", new Font(Font.HELVETICA, 8, Font.ITALIC)));
        document.close();
        return out.toByteArray();
    }

    /** A greyish "scan" of a till slip: stripes whose pattern depends on {@code seed}. */
    static byte[] tillSlipPng(int seed) {
        int width = 96;
        int height = 160;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(0); // filter: none
            boolean line = y > 8 && y < height - 8 && (y / 6 + seed) % 3 != 0 && y % 6 < 2;
            for (int x = 0; x < width; x++) {
                boolean ink = line && x > 10 && x < width - 10 - ((y * 7 + seed * 13) % 30);
                int shade = ink ? 60 : 235 + ((x + y + seed) % 12);
                raw.write(shade);
                raw.write(shade);
                raw.write(Math.min(255, shade + 8));
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(png, "IHDR", header.array());
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            deflater.setInput(raw.toByteArray());
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            chunk(png, "IDAT", compressed.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(typeBytes);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
