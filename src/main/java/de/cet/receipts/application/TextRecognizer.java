package de.cet.receipts.application;

import java.time.Duration;

/** An OCR engine (Tesseract): the text of one page image. */
public interface TextRecognizer {

    /** What the engine read: the text, line by line, and its mean word confidence from 0 to 1. */
    record Text(String text, double confidence) {}

    /** The engine did not finish within its time; the process has been killed. */
    final class TimedOut extends RuntimeException {
        public TimedOut(String message) {
            super(message, null, false, false);
        }
    }

    /** False where the engine is not installed (the extraction then answers NONE for photos). */
    boolean available();

    /** Reads one page image; {@link TimedOut} after {@code timeout}. */
    Text recognise(ReceiptImages.Page page, Duration timeout);
}
