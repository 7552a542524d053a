package de.cet.receipts.infrastructure;

import de.cet.receipts.application.ReceiptImages;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pictures of receipts with the JDK's ImageIO (JPEG, PNG) and PDFBox (PDF pages). The declared size is read
 * from the header and checked against {@code cet.receipts.max-image-pixels} before a pixel is decoded;
 * photos are then decoded subsampled, so even an allowed 50-megapixel photo never occupies more than a few
 * megapixels of heap. In a PDF, every image on the page is checked the same way before the page is
 * rendered, and the page is rendered at a resolution whose pixel count is capped. WebP goes to Tesseract
 * as it is (Debian's Leptonica reads it; its header gives the size); the JDK cannot decode WebP or HEIC,
 * so they have no thumbnail, and HEIC is not read by OCR.
 */
@ApplicationScoped
public class Java2dReceiptImages implements ReceiptImages {

    /** What OCR gets: about 300 dpi for a till receipt or an A4 page. */
    static final long OCR_PIXELS = 9_000_000L;
    static final float PDF_OCR_DPI = 300f;

    private final long maxPixels;

    Java2dReceiptImages(@ConfigProperty(name = "cet.receipts.max-image-pixels") long maxPixels) {
        this.maxPixels = maxPixels;
    }

    public static Java2dReceiptImages of(long maxPixels) {
        return new Java2dReceiptImages(maxPixels);
    }

    @Override
    public List<Page> pagesForOcr(byte[] bytes, String contentType, int maxPages) {
        switch (contentType) {
            case "image/jpeg", "image/png" -> {
                BufferedImage image = decode(bytes, OCR_PIXELS);
                return List.of(new Page(png(gray(image)), "png"));
            }
            case "image/webp" -> {
                long[] size = webpSize(bytes);
                requireWithin(size[0], size[1]);
                return List.of(new Page(bytes, "webp"));
            }
            case "application/pdf" -> {
                return pdfPages(bytes, maxPages, PDF_OCR_DPI, OCR_PIXELS, ImageType.GRAY).stream()
                    .map(img -> new Page(png(img), "png")).toList();
            }
            default -> {
                return List.of();
            }
        }
    }

    @Override
    public Optional<byte[]> thumbnail(byte[] bytes, String contentType, int maxSide) {
        BufferedImage picture = switch (contentType) {
            case "image/jpeg", "image/png" -> decode(bytes, 4L * maxSide * maxSide);
            case "application/pdf" -> pdfPages(bytes, 1, 72f, 4L * maxSide * maxSide, ImageType.RGB).get(0);
            default -> null;
        };
        return picture == null ? Optional.empty() : Optional.of(jpeg(scale(picture, maxSide)));
    }

    private void requireWithin(long width, long height) {
        if (width <= 0 || height <= 0) {
            throw new Unreadable("The image declares no size.", null);
        }
        if (width * height > maxPixels) {
            throw new TooLarge("The image declares " + width + " x " + height + " pixels; at most " + maxPixels
                + " pixels are read.");
        }
    }

    /** Decodes a JPEG or PNG, subsampled to at most about {@code targetPixels}, after the header check. */
    BufferedImage decode(byte[] bytes, long targetPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Unreadable("The image could not be read.", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                requireWithin(width, height);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.floor(Math.sqrt((double) width * height / targetPixels)));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new Unreadable("The image could not be read.", null);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TooLarge || e instanceof Unreadable) {
                throw (RuntimeException) e;
            }
            throw new Unreadable("The image is damaged and could not be read.", e);
        }
    }

    /**
     * The first pages of a PDF as pictures, each at {@code dpi} or less so it has at most {@code maxPagePixels};
     * every image drawn on a page is size-checked first.
     */
    List<BufferedImage> pdfPages(byte[] bytes, int maxPages, float dpi, long maxPagePixels, ImageType type) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = Math.min(Math.max(1, maxPages), document.getNumberOfPages());
            if (pages == 0) {
                throw new Unreadable("The PDF has no pages.", null);
            }
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                checkImages(page.getResources(), 0);
                PDRectangle box = page.getCropBox();
                double points = (double) box.getWidth() * box.getHeight();
                double scale = dpi / 72f;
                if (points * scale * scale > maxPagePixels) {
                    scale = Math.sqrt(maxPagePixels / points);
                }
                images.add(renderer.renderImage(i, (float) scale, type));
            }
            return images;
        } catch (IOException | RuntimeException e) {
            if (e instanceof TooLarge || e instanceof Unreadable) {
                throw (RuntimeException) e;
            }
            throw new Unreadable("The PDF is damaged and could not be read.", e);
        }
    }

    /** Every image XObject on the page (and in its forms, a few levels deep) must be within the pixel limit. */
    private void checkImages(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 4) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                requireWithin(image.getWidth(), image.getHeight());
            } else if (object instanceof PDFormXObject form) {
                checkImages(form.getResources(), depth + 1);
            }
        }
    }

    /**
     * The canvas size of a WebP from its header: VP8X (extended), VP8L (lossless) or VP8 (lossy) chunk;
     * {@code [width, height]}.
     */
    static long[] webpSize(byte[] b) {
        if (b.length < 30 || b[12] != 'V' || b[13] != 'P' || b[14] != '8') {
            throw new Unreadable("The WebP image could not be read.", null);
        }
        return switch (b[15]) {
            case 'X' -> new long[] {1 + u24(b, 24), 1 + u24(b, 27)};
            case 'L' -> {
                long bits = (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
                yield new long[] {1 + (bits & 0x3fff), 1 + (bits >> 14 & 0x3fff)};
            }
            case ' ' -> new long[] {((b[26] & 0xff) | (b[27] & 0xff) << 8) & 0x3fff,
                ((b[28] & 0xff) | (b[29] & 0xff) << 8) & 0x3fff};
            default -> throw new Unreadable("The WebP image could not be read.", null);
        };
    }

    private static long u24(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16;
    }

    private static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    private static BufferedImage scale(BufferedImage image, int maxSide) {
        double factor = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
