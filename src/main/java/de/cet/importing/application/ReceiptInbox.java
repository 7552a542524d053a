package de.cet.importing.application;

import java.util.UUID;

/** Stores a mail's attachment as a receipt of the book through the ledger's receipt service. */
public interface ReceiptInbox {

    /** The receipt's id (an existing one when the same bytes are in the book already). */
    UUID store(UUID bookId, UUID uploadedBy, String fileName, byte[] bytes);

    long maxBytes();
}
