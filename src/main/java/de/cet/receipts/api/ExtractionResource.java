package de.cet.receipts.api;

import de.cet.receipts.application.ReceiptExtractions;
import de.cet.receipts.domain.Extraction;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.money.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/books/{bookId}/receipts/{receiptId}/extraction")
@RolesAllowed(CurrentUser.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Receipts")
@SecurityRequirement(name = "bearer")
public class ExtractionResource {

    @Schema(name = "ReceiptExtraction", description = "What the receipt says about itself, to prefill an expense; "
        + "nothing is stored. `source` NONE: nothing found (every field null, confidence 0).")
    public record ExtractionView(@Schema(enumeration = {"ZUGFERD", "XRECHNUNG", "OCR", "NONE"}) String source,
                                 Money amount, LocalDate date, String counterparty, String invoiceNumber, String iban,
                                 Money vatAmount, @Schema(minimum = "0", maximum = "1") BigDecimal confidence) {
        static ExtractionView of(Extraction e) {
            return new ExtractionView(e.source().name(), e.amount(), e.date(), e.counterparty(), e.invoiceNumber(),
                e.iban(), e.vatAmount(), e.confidence());
        }
    }

    private final ReceiptExtractions extractions;
    private final CurrentUser currentUser;

    ExtractionResource(ReceiptExtractions extractions, CurrentUser currentUser) {
        this.extractions = extractions;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "getReceiptExtraction", summary = "Read a receipt's data to prefill an expense",
        description = "Every member. ZUGFeRD / Factur-X PDFs (MINIMUM to EXTENDED) and XRechnung XML (CII or UBL): "
            + "gross amount, VAT, invoice date, seller, invoice number, IBAN (confidence 1). Photos (JPEG, PNG, WebP) and "
            + "scanned PDFs are read by OCR (`OCR`: the total, the date, the merchant, perhaps the VAT; a confidence "
            + "below 1); the first call may take a few seconds, later ones answer from the cache. `NONE` when nothing "
            + "was found, for HEIC, or where OCR is not installed. 422 `receipt-unreadable` for a damaged file, 422 "
            + "`image-too-large` for an image declaring too many pixels, 415 `xml-refused` for XML with a DOCTYPE, "
            + "503 `ocr-busy` with `Retry-After` when the OCR queue is full.")
    @Blocking
    public CompletionStage<ExtractionView> get(@PathParam("bookId") UUID bookId, @PathParam("receiptId") UUID receiptId) {
        // the receipt is read (and access checked) on this worker thread; OCR then runs in its own pool
        return extractions.extract(bookId, currentUser.id(), receiptId).thenApply(ExtractionView::of);
    }
}
