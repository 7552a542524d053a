package de.cet.receipts.api;

import de.cet.receipts.application.ReceiptThumbnails;
import de.cet.shared.access.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/books/{bookId}/receipts/{receiptId}/thumbnail")
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Receipts")
@SecurityRequirement(name = "bearer")
public class ThumbnailResource {

    /** The receipt never changes, so a day in the browser's own cache is safe; other caches must not keep it. */
    static final String CACHE_CONTROL = "private, max-age=86400";

    private final ReceiptThumbnails thumbnails;
    private final CurrentUser currentUser;

    ThumbnailResource(ReceiptThumbnails thumbnails, CurrentUser currentUser) {
        this.thumbnails = thumbnails;
        this.currentUser = currentUser;
    }

    @GET
    @Produces("image/jpeg")
    @Operation(operationId = "getReceiptThumbnail", summary = "A small picture of the receipt",
        description = "Every member. A JPEG at most 320 pixels wide and high of a photo (JPEG, PNG) or of a PDF's "
            + "first page; `ETag` and `Cache-Control: private`, `If-None-Match` answers 304. 415 "
            + "`thumbnail-unsupported` for WebP, HEIC and XML receipts, 422 `image-too-large` for an image that "
            + "declares too many pixels, 422 `receipt-unreadable` for a damaged file.")
    @APIResponse(responseCode = "200", description = "The thumbnail",
        content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response get(@PathParam("bookId") UUID bookId, @PathParam("receiptId") UUID receiptId,
                        @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (ifNoneMatch != null) {
            String etag = thumbnails.etag(bookId, currentUser.id(), receiptId);
            if (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*")) {
                return Response.notModified().header("ETag", etag).header("Cache-Control", CACHE_CONTROL).build();
            }
        }
        ReceiptThumbnails.Thumbnail thumbnail = thumbnails.get(bookId, currentUser.id(), receiptId);
        return Response.ok(thumbnail.jpeg(), "image/jpeg")
            .header("ETag", thumbnail.etag())
            .header("Cache-Control", CACHE_CONTROL)
            .header("X-Content-Type-Options", "nosniff")
            .build();
    }
}
