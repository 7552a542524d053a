package de.cet.identity.api;

import de.cet.identity.api.AuthDtos.AcceptBody;
import de.cet.identity.api.AuthDtos.InvitationPreviewAnswer;
import de.cet.identity.api.AuthDtos.UserIdAnswer;
import de.cet.identity.application.InvitationService;
import de.cet.shared.access.CurrentUser;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Invitations")
public class InvitationResource {

    private final InvitationService invitations;
    private final CurrentUser currentUser;

    InvitationResource(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/{token}")
    @Operation(operationId = "previewInvitation", summary = "Preview an invitation",
        description = "What an invitation link offers (address, book, role). Unknown, used, revoked or expired links answer 404.")
    public InvitationPreviewAnswer preview(@PathParam("token") String token) {
        return InvitationPreviewAnswer.of(invitations.preview(token));
    }

    @POST
    @Path("/accept")
    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation",
        description = "Without a bearer token, `displayName` and `password` create the invited account (201); with the bearer token of the invited account, the membership is added to it (200).")
    @APIResponse(responseCode = "200", description = "The membership was added to the signed-in account",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserIdAnswer.class)))
    @APIResponse(responseCode = "201", description = "The account was created",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserIdAnswer.class)))
    public Response accept(AcceptBody body, @Context HttpServerRequest request) {
        AuthResource.required(body);
        Optional<UUID> signedIn = currentUser.idIfAuthenticated();
        if (signedIn.isPresent()) {
            invitations.acceptAsExistingUser(body.token(), signedIn.get(), Requests.client(request));
            return Response.ok(new UserIdAnswer(signedIn.get())).build();
        }
        UUID id = invitations.acceptAsNewUser(body.token(), body.displayName(), body.password(), body.locale(),
            Requests.client(request));
        return Response.status(Response.Status.CREATED).entity(new UserIdAnswer(id)).build();
    }
}
