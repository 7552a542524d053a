package de.cet.exporting.api;

import de.cet.exporting.application.Publications;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/books/{bookId}/settings/publication")
@RolesAllowed(CurrentUser.USER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public page")
@SecurityRequirement(name = "bearer")
public class PublicationResource {

    private final Publications publications;
    private final CurrentUser currentUser;

    PublicationResource(Publications publications, CurrentUser currentUser) {
        this.publications = publications;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "getPublication", summary = "Get the book's public-page setting",
        description = "Every member; off (and without a slug) until an ADMIN switches it on. `ETag` header for `If-Match`.")
    @APIResponseSchema(value = ExportingDtos.PublicationView.class, responseDescription = "The setting; `ETag` header")
    public Response get(@PathParam("bookId") UUID bookId) {
        ExportingDtos.PublicationView view = ExportingDtos.PublicationView.of(publications.setting(bookId, currentUser.id()));
        return Response.ok(view).header("ETag", ExpectedVersion.etag(view.version())).build();
    }

    @PUT
    @Operation(operationId = "changePublication", summary = "Switch the public page on or off and set its slug",
        description = "ADMIN only; `If-Match` or `version` required (0 before the first save). 409 `slug-taken` when "
            + "another book publishes under the slug.")
    @APIResponseSchema(value = ExportingDtos.PublicationView.class, responseDescription = "The new setting; `ETag` header")
    public Response change(@PathParam("bookId") UUID bookId, @HeaderParam("If-Match") String ifMatch,
                           ExportingDtos.ChangePublication body) {
        if (body == null || body.enabled() == null) {
            throw new InvalidInputException("enabled", "is required (true or false)");
        }
        ExpectedVersion expected = ExpectedVersion.from(ifMatch, body.version());
        ExportingDtos.PublicationView view = ExportingDtos.PublicationView.of(
            publications.change(bookId, currentUser.id(), expected, body.enabled(), body.slug()));
        return Response.ok(view).header("ETag", ExpectedVersion.etag(view.version())).build();
    }
}
