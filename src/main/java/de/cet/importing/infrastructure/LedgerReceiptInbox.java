package de.cet.importing.infrastructure;

import de.cet.importing.application.ReceiptInbox;
import de.cet.ledger.application.ReceiptService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Mail attachments become receipts through the ledger's one receipt service (numbering, audit, dedup). */
@ApplicationScoped
class LedgerReceiptInbox implements ReceiptInbox {

    private final ReceiptService receipts;

    LedgerReceiptInbox(ReceiptService receipts) {
        this.receipts = receipts;
    }

    @Override
    public UUID store(UUID bookId, UUID uploadedBy, String fileName, byte[] bytes) {
        return receipts.fromMail(bookId, uploadedBy, fileName, bytes).receipt().id();
    }

    @Override
    public long maxBytes() {
        return receipts.maxBytes();
    }
}
