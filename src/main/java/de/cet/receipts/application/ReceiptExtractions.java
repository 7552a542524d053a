package de.cet.receipts.application;

import de.cet.ledger.application.ReceiptService;
import de.cet.receipts.domain.Extraction;
import de.cet.shared.error.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What a receipt says, for every member of its book (non-members 404, as for the receipt itself): an
 * e-invoice's data (read at once, a few milliseconds); otherwise, for a photo or a scanned PDF, what OCR
 * reads on its first pages, computed in the bounded {@link OcrWorkers} pool ({@link OcrExtractions}) with a per-receipt time limit
 * and cached (a receipt's bytes never change, so the second call only reads the cache). Where no OCR
 * engine is installed, photos answer {@code NONE}. Nothing becomes ledger data here: the user confirms.
 */
@ApplicationScoped
public class ReceiptExtractions {

    private static final Set<String> OCR_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/webp",
        "image/heic");

    private final ReceiptService receipts;
    private final InvoiceReader invoices;
    private final OcrExtractions ocr;

    ReceiptExtractions(ReceiptService receipts, InvoiceReader invoices, OcrExtractions ocr) {
        this.receipts = receipts;
        this.invoices = invoices;
        this.ocr = ocr;
    }

    public CompletionStage<Extraction> extract(UUID bookId, UUID userId, UUID receiptId) {
        ReceiptService.Content content = receipts.content(bookId, userId, receiptId);
        String type = content.receipt().contentType().mimeType();
        Optional<Extraction> invoice;
        try {
            invoice = invoices.read(content.bytes(), type);
        } catch (InvoiceReader.UnreadableInvoice e) {
            throw new UnprocessableException("receipt-unreadable", e.getMessage());
        }
        if (invoice.isPresent()) {
            return CompletableFuture.completedFuture(invoice.get());
        }
        if (!OCR_TYPES.contains(type)) {
            return CompletableFuture.completedFuture(Extraction.none());
        }
        return ocr.read(receiptId, content.bytes(), type);
    }
}
