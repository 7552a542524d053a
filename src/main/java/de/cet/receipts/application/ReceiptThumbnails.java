package de.cet.receipts.application;

import de.cet.ledger.application.ReceiptService;
import de.cet.ledger.domain.receipt.Receipt;
import de.cet.shared.error.CetException;
import de.cet.shared.error.ProblemKind;
import de.cet.shared.error.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * A receipt's thumbnail: a JPEG at most {@link #MAX_SIDE} pixels each way of a photo (JPEG, PNG) or of a
 * PDF's first page, made once and then served from the cache. Members only, like the receipt itself.
 */
@ApplicationScoped
public class ReceiptThumbnails {

    public static final int MAX_SIDE = 320;

    /** The JPEG and its entity tag (the receipt's SHA-256 and the size: the bytes never change). */
    public record Thumbnail(byte[] jpeg, String etag) {}

    private final ReceiptService receipts;
    private final ReceiptImages images;
    private final ReceiptCache cache;

    ReceiptThumbnails(ReceiptService receipts, ReceiptImages images, ReceiptCache cache) {
        this.receipts = receipts;
        this.images = images;
        this.cache = cache;
    }

    /** The entity tag alone (authorised like the thumbnail), so a revalidation reads no bytes. */
    public String etag(UUID bookId, UUID userId, UUID receiptId) {
        return etag(receipts.get(bookId, userId, receiptId));
    }

    public Thumbnail get(UUID bookId, UUID userId, UUID receiptId) {
        Receipt receipt = receipts.get(bookId, userId, receiptId);
        Optional<byte[]> cached = cache.thumbnail(receiptId);
        if (cached.isPresent()) {
            return new Thumbnail(cached.get(), etag(receipt));
        }
        ReceiptService.Content content = receipts.content(bookId, userId, receiptId);
        byte[] jpeg;
        try {
            jpeg = images.thumbnail(content.bytes(), receipt.contentType().mimeType(), MAX_SIDE)
                .orElseThrow(() -> new CetException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "thumbnail-unsupported",
                    "There is no thumbnail for this kind of receipt (" + receipt.contentType().mimeType() + ")."));
        } catch (ReceiptImages.TooLarge e) {
            throw new CetException(ProblemKind.UNPROCESSABLE, "image-too-large", e.getMessage());
        } catch (ReceiptImages.Unreadable e) {
            throw new UnprocessableException("receipt-unreadable", e.getMessage());
        }
        cache.storeThumbnail(receiptId, jpeg);
        return new Thumbnail(jpeg, etag(receipt));
    }

    private static String etag(Receipt receipt) {
        return "\"" + receipt.sha256().substring(0, 32) + "-t" + MAX_SIDE + "\"";
    }
}
