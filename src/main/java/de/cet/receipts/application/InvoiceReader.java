package de.cet.receipts.application;

import de.cet.receipts.domain.Extraction;
import java.util.Optional;

/** Reads an e-invoice: a PDF with an embedded ZUGFeRD / Factur-X XML, or an XRechnung XML (CII or UBL). */
public interface InvoiceReader {

    /** Thrown for a file that claims to be a PDF or an e-invoice but cannot be read; its message is safe to show. */
    final class UnreadableInvoice extends RuntimeException {
        public UnreadableInvoice(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The invoice's data; empty when the file carries no e-invoice (a plain PDF, an XML of another kind). */
    Optional<Extraction> read(byte[] bytes, String contentType);
}
