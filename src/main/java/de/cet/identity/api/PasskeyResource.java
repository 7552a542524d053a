package de.cet.identity.api;

import de.cet.identity.api.PasskeyDtos.OptionsAnswer;
import de.cet.identity.api.PasskeyDtos.PasskeyAnswer;
import de.cet.identity.api.PasskeyDtos.RegistrationBody;
import de.cet.identity.api.PasskeyDtos.RegistrationOptionsBody;
import de.cet.identity.application.PasskeyService;
import de.cet.shared.access.CurrentUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My passkeys: register (two steps), list, remove (ADR 0016). */
@Path("/me/passkeys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Me")
@SecurityRequirement(name = "bearer")
public class PasskeyResource {

    private final PasskeyService passkeys;
    private final CurrentUser currentUser;
    private final SecurityIdentity identity;

    PasskeyResource(PasskeyService passkeys, CurrentUser currentUser, SecurityIdentity identity) {
        this.passkeys = passkeys;
        this.currentUser = currentUser;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listMyPasskeys", summary = "List my passkeys", description = "Oldest first.")
    public List<PasskeyAnswer> list() {
        return passkeys.passkeys(currentUser.id()).stream().map(PasskeyAnswer::of).toList();
    }

    @POST
    @Path("/registration-options")
    @Operation(operationId = "beginPasskeyRegistration", summary = "Start registering a passkey",
        description = "Needs my current password (400 on `currentPassword` when wrong, throttled). Answers the options for `navigator.credentials.create` (a discoverable credential with user verification) bound to me and this session, usable once for `cet.identity.passkeys.challenge-ttl`.")
    public OptionsAnswer begin(RegistrationOptionsBody body) {
        AuthResource.required(body);
        return OptionsAnswer.of(passkeys.beginRegistration(currentUser.id(), Requests.sessionId(identity), body.currentPassword()));
    }

    @POST
    @Operation(operationId = "registerPasskey", summary = "Finish registering a passkey",
        description = "The browser's answer to the options of `beginPasskeyRegistration`. The ceremony is spent by this call whatever its outcome. 400 `passkey-rejected` when the answer does not verify (challenge, origin, RP ID, user verification), 409 when the passkey is registered already.")
    @APIResponseSchema(value = PasskeyAnswer.class, responseCode = "201", responseDescription = "The registered passkey")
    public Response finish(RegistrationBody body, @Context HttpServerRequest request) {
        AuthResource.required(body);
        var created = passkeys.finishRegistration(currentUser.id(), Requests.sessionId(identity), body.ceremonyId(),
            body.name(), PasskeyDtos.text(body.credential()), Requests.client(request));
        return Response.status(Response.Status.CREATED).entity(PasskeyAnswer.of(created)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "removeMyPasskey", summary = "Remove one of my passkeys",
        description = "It can no longer sign in. Another user's passkey is 404.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID id, @Context HttpServerRequest request) {
        passkeys.remove(currentUser.id(), id, Requests.client(request));
        return Response.noContent().build();
    }
}
