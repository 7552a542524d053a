package de.cet.receipts.application;

import de.cet.ledger.application.ReceiptService;
import de.cet.receipts.domain.Extraction;
import de.cet.shared.error.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * What a receipt says, for every member of its book (non-members 404, as for the receipt itself): an
 * e-invoice's data, otherwise {@code NONE}. Reads only; nothing is stored.
 */
@ApplicationScoped
public class ReceiptExtractions {

    private final ReceiptService receipts;
    private final InvoiceReader invoices;

    ReceiptExtractions(ReceiptService receipts, InvoiceReader invoices) {
        this.receipts = receipts;
        this.invoices = invoices;
    }

    public Extraction extract(UUID bookId, UUID userId, UUID receiptId) {
        ReceiptService.Content content = receipts.content(bookId, userId, receiptId);
        String type = content.receipt().contentType().mimeType();
        try {
            return invoices.read(content.bytes(), type).orElseGet(Extraction::none);
        } catch (InvoiceReader.UnreadableInvoice e) {
            throw new UnprocessableException("receipt-unreadable", e.getMessage());
        }
    }
}
