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
    @Operation(summary = "My account, with my books and roles")
    public MeAnswer me() {
        return MeAnswer.of(accounts.me(currentUser.id()));
    }

    @PATCH
    @Operation(summary = "Change display name or language (de, en; the language of my mails)")
    public MeAnswer patch(PatchMeBody body) {
        AuthResource.required(body);
        return MeAnswer.of(accounts.changeProfile(currentUser.id(), body.displayName(), body.locale()));
    }

    @POST
    @Path("/password")
    @Operation(summary = "Change my password (current password required; other sessions may be ended)")
    public Response changePassword(ChangePasswordBody body, @Context HttpServerRequest request) {
        AuthResource.required(body);
        accounts.changePassword(currentUser.id(), Requests.sessionId(identity), body.currentPassword(), body.newPassword(),
            Boolean.TRUE.equals(body.endOtherSessions()), Requests.client(request));
        return Response.noContent().build();
    }

    @POST
    @Path("/email")
    @Operation(summary = "Change my email: a verification link goes to the new address")
    public Response changeEmail(ChangeEmailBody body, @Context HttpServerRequest request) {
        AuthResource.required(body);
        accounts.requestEmailChange(currentUser.id(), body.newEmail(), body.currentPassword(), Requests.client(request));
        return Response.accepted().build();
    }

    @POST
    @Path("/mfa/totp")
    @RolesAllowed({CurrentUser.USER, AccessTokens.MFA_ENROLLMENT})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start TOTP enrollment: secret, otpauth URI and QR code (PNG, base64)")
    public EnrollmentAnswer beginTotp() {
        var e = mfa.begin(currentUser.id());
        return new EnrollmentAnswer(e.secret(), e.otpauthUri(), e.qrCodePng());
    }

    @POST
    @Path("/mfa/totp/confirm")
    @RolesAllowed({CurrentUser.USER, AccessTokens.MFA_ENROLLMENT})
    @Operation(summary = "Confirm TOTP with a code; answers ten single-use recovery codes (shown once)")
    public RecoveryCodesAnswer confirmTotp(CodeBody body, @Context HttpServerRequest request) {
        AuthResource.required(body);
        return new RecoveryCodesAnswer(mfa.confirm(currentUser.id(), body.code(), Requests.client(request)));
    }

    @DELETE
    @Path("/mfa/totp")
    @Operation(summary = "Remove TOTP (password and a current code required)")
    public Response removeTotp(RemoveTotpBody body, @Context HttpServerRequest request) {
        AuthResource.required(body);
        mfa.remove(currentUser.id(), body.password(), body.code(), Requests.client(request));
        return Response.noContent().build();
    }

    @GET
    @Path("/sessions")
    @Operation(summary = "My active sessions (devices)")
    public List<SessionAnswer> sessions() {
        return sessions.sessions(currentUser.id(), Requests.sessionId(identity)).stream().map(SessionAnswer::of).toList();
    }

    @DELETE
    @Path("/sessions/{id}")
    @Operation(summary = "Revoke one of my sessions; its tokens stop working at once")
    public Response revokeSession(@PathParam("id") UUID id, @Context HttpServerRequest request) {
        sessions.revoke(currentUser.id(), id, Requests.client(request));
        return Response.noContent().build();
    }

    @GET
    @Path("/security-events")
    @Operation(summary = "Security events of my account, newest first")
    public PageResponse<EventAnswer> events(@BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("occurredAt"), "occurredAt,desc");
        UUID me = currentUser.id();
        return PageResponse.of(accounts.events(me, page.offset(), page.size()).stream().map(EventAnswer::of).toList(),
            page, accounts.countEvents(me));
    }
}
