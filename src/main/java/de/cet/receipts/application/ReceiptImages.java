package de.cet.receipts.application;

import java.util.List;
import java.util.Optional;

/**
 * Turns a stored receipt into pictures: the pages to hand to OCR and a thumbnail. Every size is checked
 * from the file's header before anything is decoded, so an image or PDF that declares a huge canvas is
 * refused instead of filling the heap.
 */
public interface ReceiptImages {

    /** The file declares more pixels than allowed; its message is safe to show. */
    final class TooLarge extends RuntimeException {
        public TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** The file claims an image or PDF type but cannot be decoded; its message is safe to show. */
    final class Unreadable extends RuntimeException {
        public Unreadable(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /** One page to recognise: an encoded image (PNG, or the original bytes where the engine reads them). */
    record Page(byte[] bytes, String suffix) {}

    /** The pages OCR should read (at most {@code maxPages}); empty when this type cannot be read here (HEIC, XML). */
    List<Page> pagesForOcr(byte[] bytes, String contentType, int maxPages);

    /** A JPEG at most {@code maxSide} pixels wide and high; empty when this type has no thumbnail here. */
    Optional<byte[]> thumbnail(byte[] bytes, String contentType, int maxSide);
}
