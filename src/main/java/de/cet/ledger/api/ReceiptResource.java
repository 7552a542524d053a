package de.cet.ledger.api;

import de.cet.ledger.application.ReceiptService;
import de.cet.ledger.domain.receipt.Receipt;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Path("/books/{bookId}/receipts")
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Receipts")
@SecurityRequirement(name = "bearer")
public class ReceiptResource {

    @Schema(name = "Receipt")
    record ReceiptBody(UUID id, String number, String fileName, String contentType, long size, String sha256,
                       UUID periodId, UUID uploadedBy, Instant uploadedAt) {
        static ReceiptBody of(Receipt r) {
            return new ReceiptBody(r.id(), r.number().toString(), r.fileName(), r.contentType().mimeType(), r.size(),
                r.sha256(), r.periodId(), r.uploadedBy(), r.uploadedAt());
        }
    }

    /** The multipart body of an upload, for the OpenAPI document only (the resource reads the form itself). */
    @Schema(name = "ReceiptUpload", requiredProperties = "file")
    static final class ReceiptUploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", description = "The receipt file")
        public byte[] file;
    }

    private final ReceiptService receipts;
    private final CurrentUser currentUser;

    ReceiptResource(ReceiptService receipts, CurrentUser currentUser) {
        this.receipts = receipts;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadReceipt", summary = "Upload a receipt",
        description = "Multipart field `file`. 201 with the new receipt, or 200 with the stored one when the same file is already in the book. The type is detected from the content: PDF, JPEG, PNG, WebP, HEIC or XML (XRechnung); others are refused with 415, files above the limit with 413. `Idempotency-Key` honoured.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
        schema = @Schema(implementation = ReceiptUploadForm.class)))
    @APIResponseSchema(value = ReceiptBody.class, responseCode = "201", responseDescription = "The new receipt; `Location` header")
    @APIResponse(responseCode = "200", description = "The same file was already in the book: its receipt",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptBody.class)))
    public Response upload(@PathParam("bookId") UUID bookId, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidInputException("file", "is required (multipart field 'file')");
        }
        // refused before the file is read into memory
        receipts.requireWithinLimit(bookId, currentUser.id(), file.size());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var upload = receipts.upload(bookId, currentUser.id(), idempotencyKey, file.fileName(), bytes);
        ReceiptBody body = ReceiptBody.of(upload.receipt());
        if (upload.existing()) {
            return Response.ok(body).build();
        }
        return Response.created(URI.create("/api/v1/books/" + bookId + "/receipts/" + body.id())).entity(body).build();
    }

    @GET
    @Path("/{receiptId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReceipt", summary = "Get a receipt's metadata",
        description = "Number, file name, detected content type, size, SHA-256, period and who uploaded it when.")
    public ReceiptBody get(@PathParam("bookId") UUID bookId, @PathParam("receiptId") UUID receiptId) {
        return ReceiptBody.of(receipts.get(bookId, currentUser.id(), receiptId));
    }

    @GET
    @Path("/{receiptId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadReceipt", summary = "Download the receipt file",
        description = "The file itself as an attachment, with its detected content type; members of the book only.")
    @APIResponse(responseCode = "200", description = "The file", content = {
        @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/heic", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "text/xml", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response content(@PathParam("bookId") UUID bookId, @PathParam("receiptId") UUID receiptId) {
        var content = receipts.content(bookId, currentUser.id(), receiptId);
        byte[] bytes = content.bytes();
        StreamingOutput stream = out -> out.write(bytes);
        String name = content.receipt().fileName();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(stream, content.receipt().contentType().mimeType())
            .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Length", bytes.length)
            .build();
    }
}
