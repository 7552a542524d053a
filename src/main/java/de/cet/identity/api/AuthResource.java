package de.cet.identity.api;

import de.cet.identity.api.AuthDtos.EmailBody;
import de.cet.identity.api.AuthDtos.LoginBody;
import de.cet.identity.api.AuthDtos.MfaLoginBody;
import de.cet.identity.api.AuthDtos.RefreshBody;
import de.cet.identity.api.AuthDtos.ResetConfirmBody;
import de.cet.identity.api.AuthDtos.TokenBody;
import de.cet.identity.api.AuthDtos.TokensAnswer;
import de.cet.identity.application.AccountService;
import de.cet.identity.application.AuthService;
import de.cet.identity.application.PasswordResetService;
import de.cet.identity.application.SessionService;
import de.cet.shared.error.InvalidInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Auth")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
    description = "Access token from POST /auth/login (RS256 JWT, at most 15 minutes)")
public class AuthResource {

    private final AuthService auth;
    private final SessionService sessions;
    private final PasswordResetService reset;
    private final AccountService accounts;

    AuthResource(AuthService auth, SessionService sessions, PasswordResetService reset, AccountService accounts) {
        this.auth = auth;
        this.sessions = sessions;
        this.reset = reset;
        this.accounts = accounts;
    }

    @POST
    @Path("/login")
    @Operation(operationId = "login", summary = "Sign in with email and password",
        description = "Answers the tokens, or `mfaRequired` with an `mfaToken` for the second step (POST /auth/login/mfa). Failed attempts are throttled per account and per source address (429).")
    public TokensAnswer login(LoginBody body, @Context HttpServerRequest request) {
        required(body);
        var result = auth.login(body.email(), body.password(), Requests.client(request));
        return result.tokens() != null ? TokensAnswer.of(result.tokens()) : TokensAnswer.mfa(result.mfaToken());
    }

    @POST
    @Path("/login/mfa")
    @Operation(operationId = "loginWithMfa", summary = "Complete a sign-in with a second factor",
        description = "The `mfaToken` of the first step and a TOTP or recovery code.")
    public TokensAnswer loginMfa(MfaLoginBody body, @Context HttpServerRequest request) {
        required(body);
        return TokensAnswer.of(auth.loginWithCode(body.mfaToken(), body.code(), Requests.client(request)));
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshTokens", summary = "Exchange a refresh token for new tokens",
        description = "The refresh token is spent; reusing a spent one ends the whole session.")
    public TokensAnswer refresh(RefreshBody body, @Context HttpServerRequest request) {
        required(body);
        return TokensAnswer.of(sessions.refresh(body.refreshToken(), Requests.client(request)));
    }

    @POST
    @Path("/logout")
    @Operation(operationId = "logout", summary = "Sign out",
        description = "Ends the session of the refresh token.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(RefreshBody body, @Context HttpServerRequest request) {
        required(body);
        sessions.logout(body.refreshToken(), Requests.client(request));
        return Response.noContent().build();
    }

    @POST
    @Path("/password-reset")
    @Operation(operationId = "requestPasswordReset", summary = "Mail a password-reset link",
        description = "The same answer for unknown addresses, so that the answer tells nobody whether an account exists.")
    @APIResponse(responseCode = "202", description = "Accepted; a link is mailed if the address has an account")
    public Response requestReset(EmailBody body, @Context HttpServerRequest request) {
        required(body);
        reset.request(body.email(), Requests.client(request));
        return Response.accepted().build();
    }

    @POST
    @Path("/password-reset/confirm")
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with a mailed reset token",
        description = "Ends all sessions of the account and signs nobody in.")
    @APIResponse(responseCode = "204", description = "Password changed")
    public Response confirmReset(ResetConfirmBody body, @Context HttpServerRequest request) {
        required(body);
        reset.confirm(body.token(), body.newPassword(), Requests.client(request));
        return Response.noContent().build();
    }

    @POST
    @Path("/email-verification/confirm")
    @Operation(operationId = "confirmEmail", summary = "Confirm an email address",
        description = "With the token of the verification mail.")
    @APIResponse(responseCode = "204", description = "Address confirmed")
    public Response confirmEmail(TokenBody body, @Context HttpServerRequest request) {
        required(body);
        accounts.confirmEmail(body.token(), Requests.client(request));
        return Response.noContent().build();
    }

    static void required(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
    }
}
