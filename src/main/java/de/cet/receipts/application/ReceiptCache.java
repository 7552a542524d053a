package de.cet.receipts.application;

import de.cet.receipts.domain.Extraction;
import java.util.Optional;
import java.util.UUID;

/**
 * What was derived from a receipt once and need not be again: its OCR extraction and its thumbnail. A
 * receipt's bytes never change, so nothing here ever goes stale; everything can be derived again (a
 * backup need not carry it).
 */
public interface ReceiptCache {

    Optional<Extraction> extraction(UUID receiptId);

    void storeExtraction(UUID receiptId, Extraction extraction);

    Optional<byte[]> thumbnail(UUID receiptId);

    void storeThumbnail(UUID receiptId, byte[] jpeg);
}
