package de.cet.identity.api;

import de.cet.identity.api.AuthDtos.InvitationAnswer;
import de.cet.identity.api.AuthDtos.InviteBody;
import de.cet.identity.application.InvitationService;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/books/{bookId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Invitations")
@SecurityRequirement(name = "bearer")
public class BookInvitationResource {

    private final InvitationService invitations;
    private final CurrentUser currentUser;

    BookInvitationResource(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(operationId = "createInvitation", summary = "Invite an address into the book",
        description = "ADMIN only. The invitation link with the role is mailed to the address.")
    @APIResponseSchema(value = InvitationAnswer.class, responseCode = "201", responseDescription = "The invitation; `Location` header")
    public Response invite(@PathParam("bookId") UUID bookId, InviteBody body) {
        AuthResource.required(body);
        var created = invitations.invite(bookId, currentUser.id(), body.email(), body.role());
        return Response.created(URI.create("/api/v1/books/" + bookId + "/invitations/" + created.id()))
            .entity(InvitationAnswer.of(created)).build();
    }

    @GET
    @Operation(operationId = "listInvitations", summary = "List the book's open invitations",
        description = "ADMIN only.")
    public PageResponse<InvitationAnswer> open(@PathParam("bookId") UUID bookId, @BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("createdAt"), "createdAt,asc");
        List<InvitationAnswer> all = invitations.open(bookId, currentUser.id()).stream().map(InvitationAnswer::of).toList();
        if (!page.ascending()) {
            all = new java.util.ArrayList<>(all);
            java.util.Collections.reverse(all);
        }
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return PageResponse.of(all.subList(from, to), page, all.size());
    }

    @DELETE
    @Path("/{invitationId}")
    @Operation(operationId = "revokeInvitation", summary = "Revoke an open invitation",
        description = "ADMIN only; the link stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("bookId") UUID bookId, @PathParam("invitationId") UUID invitationId) {
        invitations.revoke(bookId, currentUser.id(), invitationId);
        return Response.noContent().build();
    }
}
