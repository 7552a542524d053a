package de.cet.identity.api;

import de.cet.identity.api.AuthDtos.ChangeEmailBody;
import de.cet.identity.api.AuthDtos.ChangePasswordBody;
import de.cet.identity.api.AuthDtos.CodeBody;
import de.cet.identity.api.AuthDtos.EnrollmentAnswer;
import de.cet.identity.api.AuthDtos.EventAnswer;
import de.cet.identity.api.AuthDtos.MeAnswer;
import de.cet.identity.api.AuthDtos.PatchMeBody;
import de.cet.identity.api.AuthDtos.RecoveryCodesAnswer;
import de.cet.identity.api.AuthDtos.RemoveTotpBody;
import de.cet.identity.api.AuthDtos.SessionAnswer;
import de.cet.identity.application.AccessTokens;
import de.cet.identity.application.AccountService;
import de.cet.identity.application.MfaService;
import de.cet.identity.application.SessionService;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Me")
@SecurityRequirement(name = "bearer")
public class MeResource {

    private final AccountService accounts;
    private final MfaService mfa;
    private final SessionService sessions;
    private final CurrentUser currentUser;
    private final SecurityIdentity identity;

    MeResource(AccountService accounts, MfaService mfa, SessionService sessions, CurrentUser currentUser,
               SecurityIdentity identity) {
        this.accounts = accounts;
        this.mfa = mfa;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({CurrentUser.USER, AccessTokens.MFA_ENROLLMENT})
    @Operation(operationId = "getMe", summary = "Get my account",
        description = "My account with my books and roles. Also allowed with an enrollment-only token.")
    public MeAnswer me() {
        return MeAnswer.of(accounts.me(currentUser.id()));
    }

    @PATCH
    @Operation(operationId = "updateMe", summary = "Change my display name or language",
        description = "`locale` is `de` or `en` (the language of my mails). Absent or null fields keep their value.")
    public MeAnswer patch(PatchMeBody body) {
        AuthResource.required(body);
        return MeAnswer.of(accounts.changeProfile(currentUser.id(), body.displayName(), body.locale()));
    }

    @POST
    @Path("/password")
    @Operation(operationId = "changePassword", summary = "Change my password",
        description = "The current password is required; `endOtherSessions` ends my other sessions.")
    @APIResponse(responseCode = "204", description = "Password changed")
    public Response changePassword(ChangePasswordBody body, @Context HttpServerRequest request) {
        AuthResource.required(body);
        accounts.changePassword(currentUser.id(), Requests.sessionId(identity), body.currentPassword(), body.newPassword(),
            Boolean.TRUE.equals(body.endOtherSessions()), Requests.client(request));
        return Response.noContent().build();
    }

    @POST
    @Path("/email")
    @Operation(operationId = "changeEmail", summary = "Change my email address",
        description = "The current password is required; a verification link goes to the new address.")
    @APIResponse(responseCode = "202", description = "Accepted; the verification link is mailed")
    public Response changeEmail(ChangeEmailBody body, @Context HttpServerRequest request) {
        AuthResource.required(body);
        accounts.requestEmailChange(currentUser.id(), body.newEmail(), body.currentPassword(), Requests.client(request));
        return Response.accepted().build();
    }

    @POST
    @Path("/mfa/totp")
    @RolesAllowed({CurrentUser.USER, AccessTokens.MFA_ENROLLMENT})
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "beginTotpEnrollment", summary = "Start TOTP enrollment",
        description = "Answers the secret, the otpauth URI and a QR code (PNG, base64). Also allowed with an enrollment-only token.")
    public EnrollmentAnswer beginTotp() {
        var e = mfa.begin(currentUser.id());
        return new EnrollmentAnswer(e.secret(), e.otpauthUri(), e.qrCodePng());
    }

    @POST
    @Path("/mfa/totp/confirm")
    @RolesAllowed({CurrentUser.USER, AccessTokens.MFA_ENROLLMENT})
    @Operation(operationId = "confirmTotpEnrollment", summary = "Confirm TOTP enrollment with a code",
        description = "Answers ten single-use recovery codes, shown only once.")
    public RecoveryCodesAnswer confirmTotp(CodeBody body, @Context HttpServerRequest request) {
        AuthResource.required(body);
        return new RecoveryCodesAnswer(mfa.confirm(currentUser.id(), body.code(), Requests.client(request)));
    }

    @DELETE
    @Path("/mfa/totp")
    @Operation(operationId = "removeTotp", summary = "Remove TOTP",
        description = "Needs the password and a current code.")
    @APIResponse(responseCode = "204", description = "TOTP removed")
    public Response removeTotp(RemoveTotpBody body, @Context HttpServerRequest request) {
        AuthResource.required(body);
        mfa.remove(currentUser.id(), body.password(), body.code(), Requests.client(request));
        return Response.noContent().build();
    }

    @GET
    @Path("/sessions")
    @Operation(operationId = "listMySessions", summary = "List my active sessions",
        description = "One per signed-in device; `current` marks the caller's.")
    public List<SessionAnswer> sessions() {
        return sessions.sessions(currentUser.id(), Requests.sessionId(identity)).stream().map(SessionAnswer::of).toList();
    }

    @DELETE
    @Path("/sessions/{id}")
    @Operation(operationId = "revokeMySession", summary = "Revoke one of my sessions",
        description = "Its tokens stop working at once.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revokeSession(@PathParam("id") UUID id, @Context HttpServerRequest request) {
        sessions.revoke(currentUser.id(), id, Requests.client(request));
        return Response.noContent().build();
    }

    @GET
    @Path("/security-events")
    @Operation(operationId = "listMySecurityEvents", summary = "List the security events of my account",
        description = "Newest first.")
    public PageResponse<EventAnswer> events(@BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("occurredAt"), "occurredAt,desc");
        UUID me = currentUser.id();
        return PageResponse.of(accounts.events(me, page.offset(), page.size()).stream().map(EventAnswer::of).toList(),
            page, accounts.countEvents(me));
    }
}
