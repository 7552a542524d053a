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

@Path("/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Auth")
public class InvitationResource {

    private final InvitationService invitations;
    private final CurrentUser currentUser;

    InvitationResource(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/{token}")
    @Operation(summary = "What an invitation offers; unknown, used, revoked or expired → 404")
    public InvitationPreviewAnswer preview(@PathParam("token") String token) {
        return InvitationPreviewAnswer.of(invitations.preview(token));
    }

    @POST
    @Path("/accept")
    @Operation(summary = "Accept an invitation: with displayName and password a new account (201); "
        + "with a bearer token of the invited account, the membership (200)")
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
