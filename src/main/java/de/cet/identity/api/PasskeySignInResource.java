package de.cet.identity.api;

import de.cet.identity.api.AuthDtos.TokensAnswer;
import de.cet.identity.api.PasskeyDtos.OptionsAnswer;
import de.cet.identity.api.PasskeyDtos.SignInBody;
import de.cet.identity.application.PasskeyService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in with a passkey instead of password + second factor (ADR 0016). */
@Path("/auth/passkey")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Auth")
public class PasskeySignInResource {

    private final PasskeyService passkeys;

    PasskeySignInResource(PasskeyService passkeys) {
        this.passkeys = passkeys;
    }

    @POST
    @Path("/options")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "beginPasskeySignIn", summary = "Start a sign-in with a passkey",
        description = "Answers the options for `navigator.credentials.get` (any passkey of this site, user verification required), usable once for `cet.identity.passkeys.challenge-ttl`.")
    public OptionsAnswer begin() {
        return OptionsAnswer.of(passkeys.beginSignIn());
    }

    @POST
    @Operation(operationId = "signInWithPasskey", summary = "Sign in with a passkey",
        description = "The browser's answer to the options of `beginPasskeySignIn`. Answers the tokens as a completed password + TOTP sign-in does (a session is opened, the sign-in recorded). The ceremony is spent by this call whatever its outcome. 401 `invalid-passkey` for every refusal (unknown, used or expired ceremony, unknown or removed passkey, disabled account, wrong origin, bad signature, signature counter not increased); failures are throttled per source address (429).")
    public TokensAnswer finish(SignInBody body, @Context HttpServerRequest request) {
        AuthResource.required(body);
        return TokensAnswer.of(passkeys.finishSignIn(body.ceremonyId(), PasskeyDtos.text(body.credential()),
            Requests.client(request)));
    }
}
