package de.cet.identity.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.identity.application.PasskeyService;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the passkey API (ADR 0016). */
final class PasskeyDtos {
    private PasskeyDtos() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    @Schema(name = "PasskeyRegistrationOptionsRequest", description = "The current password: registering a passkey needs a fresh proof of who I am.")
    record RegistrationOptionsBody(String currentPassword) {}

    @Schema(name = "PasskeyOptions", description = "`publicKey` goes to `navigator.credentials.create` or `.get` (binary members base64url, as `PublicKeyCredential.parseCreationOptionsFromJSON` reads them); `ceremonyId` comes back with the answer. Usable once, for a few minutes.")
    record OptionsAnswer(UUID ceremonyId,
                         @Schema(type = SchemaType.OBJECT, description = "PublicKeyCredentialCreationOptions or PublicKeyCredentialRequestOptions as JSON")
                         Map<String, Object> publicKey) {
        static OptionsAnswer of(PasskeyService.Options o) {
            try {
                Map<String, Object> options = JSON.readValue(o.browserOptionsJson(), new TypeReference<>() {});
                @SuppressWarnings("unchecked")
                Map<String, Object> publicKey = (Map<String, Object>) options.get("publicKey");
                return new OptionsAnswer(o.ceremonyId(), publicKey);
            } catch (IOException e) {
                throw new IllegalStateException("WebAuthn options not JSON", e);
            }
        }
    }

    @Schema(name = "PasskeyRegistrationRequest", description = "`credential` is the browser's `PublicKeyCredential` as JSON (`toJSON()`: `id`, `rawId`, `type`, `response` with `clientDataJSON` and `attestationObject`, `clientExtensionResults`). `name` is optional (default \"Passkey\", at most 100 characters).")
    record RegistrationBody(UUID ceremonyId, String name,
                            @Schema(type = SchemaType.OBJECT, description = "PublicKeyCredential (registration) as JSON") Map<String, Object> credential) {}

    @Schema(name = "PasskeySignInRequest", description = "`credential` is the browser's `PublicKeyCredential` as JSON (`response` with `clientDataJSON`, `authenticatorData`, `signature`, `userHandle`).")
    record SignInBody(UUID ceremonyId,
                      @Schema(type = SchemaType.OBJECT, description = "PublicKeyCredential (assertion) as JSON") Map<String, Object> credential) {}

    @Schema(name = "Passkey")
    record PasskeyAnswer(UUID id, String name, Instant createdAt,
                         @Schema(nullable = true) Instant lastUsedAt, boolean backedUp) {
        static PasskeyAnswer of(PasskeyService.PasskeyView p) {
            return new PasskeyAnswer(p.id(), p.name(), p.createdAt(), p.lastUsedAt(), p.backedUp());
        }
    }

    /** The credential as the JSON text the verifier reads; null stays null (answered 400 there). */
    static String text(Map<String, Object> credential) {
        if (credential == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(credential);
        } catch (IOException e) {
            throw new IllegalStateException("a parsed JSON object is writable", e);
        }
    }
}
