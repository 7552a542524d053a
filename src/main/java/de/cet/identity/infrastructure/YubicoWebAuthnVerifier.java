package de.cet.identity.infrastructure;

import com.yubico.webauthn.AssertionRequest;
import com.yubico.webauthn.AssertionResult;
import com.yubico.webauthn.CredentialRepository;
import com.yubico.webauthn.FinishAssertionOptions;
import com.yubico.webauthn.FinishRegistrationOptions;
import com.yubico.webauthn.RegisteredCredential;
import com.yubico.webauthn.RegistrationResult;
import com.yubico.webauthn.RelyingParty;
import com.yubico.webauthn.StartAssertionOptions;
import com.yubico.webauthn.StartRegistrationOptions;
import com.yubico.webauthn.data.AuthenticatorAssertionResponse;
import com.yubico.webauthn.data.AuthenticatorAttestationResponse;
import com.yubico.webauthn.data.AuthenticatorSelectionCriteria;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.ClientAssertionExtensionOutputs;
import com.yubico.webauthn.data.ClientRegistrationExtensionOutputs;
import com.yubico.webauthn.data.PublicKeyCredential;
import com.yubico.webauthn.data.PublicKeyCredentialCreationOptions;
import com.yubico.webauthn.data.PublicKeyCredentialDescriptor;
import com.yubico.webauthn.data.RelyingPartyIdentity;
import com.yubico.webauthn.data.ResidentKeyRequirement;
import com.yubico.webauthn.data.UserIdentity;
import com.yubico.webauthn.data.UserVerificationRequirement;
import com.yubico.webauthn.data.exception.Base64UrlException;
import com.yubico.webauthn.exception.AssertionFailedException;
import com.yubico.webauthn.exception.RegistrationFailedException;
import de.cet.identity.application.IdentityConfig;
import de.cet.identity.application.WebAuthnVerifier;
import de.cet.shared.error.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The WebAuthn checks by Yubico's webauthn-server-core (ADR 0016). The library's credential repository
 * is built per call from what the caller passes, so that this adapter keeps no state and touches no
 * table: CET's own services decide what is stored and who is signed in.
 */
@ApplicationScoped
class YubicoWebAuthnVerifier implements WebAuthnVerifier {

    private final RelyingPartyIdentity identity;
    private final Set<String> origins;
    private final boolean allowAnyPort;
    private final long timeoutMillis;

    YubicoWebAuthnVerifier(IdentityConfig config, @ConfigProperty(name = "cet.public-url") String publicUrl) {
        URI base = URI.create(publicUrl);
        String rpId = config.passkeys().rpId().filter(s -> !s.isBlank()).orElse(base.getHost());
        this.identity = RelyingPartyIdentity.builder().id(rpId).name(config.passkeys().rpName()).build();
        String defaultOrigin = base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
        this.origins = new LinkedHashSet<>(config.passkeys().origins().filter(l -> !l.isEmpty()).orElse(List.of(defaultOrigin)));
        this.allowAnyPort = config.passkeys().allowAnyPort();
        this.timeoutMillis = config.passkeys().challengeTtl().toMillis();
    }

    private RelyingParty party(CredentialRepository credentials) {
        return RelyingParty.builder().identity(identity).credentialRepository(credentials).origins(origins)
            .allowOriginPort(allowAnyPort).allowOriginSubdomain(false).validateSignatureCounter(true).build();
    }

    @Override
    public Started startRegistration(UUID userId, String email, String displayName, List<String> existingCredentialIds) {
        Set<PublicKeyCredentialDescriptor> exclude = existingCredentialIds.stream()
            .map(id -> PublicKeyCredentialDescriptor.builder().id(bytes(id)).build()).collect(Collectors.toSet());
        PublicKeyCredentialCreationOptions request = party(new Credentials(exclude, null, null)).startRegistration(
            StartRegistrationOptions.builder()
                .user(UserIdentity.builder().name(email).displayName(displayName).id(handle(userId)).build())
                .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                    .residentKey(ResidentKeyRequirement.REQUIRED)
                    .userVerification(UserVerificationRequirement.REQUIRED).build())
                .timeout(timeoutMillis).build());
        try {
            return new Started(request.toJson(), request.toCredentialsCreateJson());
        } catch (IOException e) {
            throw new IllegalStateException("WebAuthn options not serializable", e);
        }
    }

    @Override
    public NewCredential finishRegistration(String requestJson, String responseJson) {
        PublicKeyCredential<AuthenticatorAttestationResponse, ClientRegistrationExtensionOutputs> response;
        try {
            response = PublicKeyCredential.parseRegistrationResponseJson(responseJson);
        } catch (IOException | RuntimeException e) {
            throw malformed();
        }
        try {
            PublicKeyCredentialCreationOptions request = PublicKeyCredentialCreationOptions.fromJson(requestJson);
            RegistrationResult result = party(new Credentials(Set.of(), null, null)).finishRegistration(
                FinishRegistrationOptions.builder().request(request).response(response).build());
            if (!result.isUserVerified()) {
                throw new Rejected("the authenticator did not verify the user");
            }
            return new NewCredential(result.getKeyId().getId().getBase64Url(), result.getPublicKeyCose().getBase64Url(),
                result.getSignatureCount(), result.isBackupEligible(), result.isBackedUp());
        } catch (RegistrationFailedException e) {
            throw new Rejected(e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("kept WebAuthn request unreadable", e);
        } catch (IllegalArgumentException e) {
            // The library reports some broken answers (e.g. unparsable client data) this way.
            throw new Rejected(e.getMessage());
        }
    }

    @Override
    public Started startAuthentication() {
        AssertionRequest request = party(new Credentials(Set.of(), null, null)).startAssertion(StartAssertionOptions.builder()
            .userVerification(UserVerificationRequirement.REQUIRED).timeout(timeoutMillis).build());
        try {
            return new Started(request.toJson(), request.toCredentialsGetJson());
        } catch (IOException e) {
            throw new IllegalStateException("WebAuthn options not serializable", e);
        }
    }

    @Override
    public String credentialIdOf(String responseJson) {
        return parseAssertion(responseJson).getId().getBase64Url();
    }

    @Override
    public Verified finishAuthentication(String requestJson, String responseJson, StoredCredential stored) {
        var response = parseAssertion(responseJson);
        RegisteredCredential credential = RegisteredCredential.builder()
            .credentialId(bytes(stored.credentialId())).userHandle(handle(stored.userId()))
            .publicKeyCose(bytes(stored.publicKeyCose())).signatureCount(stored.signatureCount())
            .backupEligible(stored.backupEligible()).backupState(stored.backedUp()).build();
        try {
            AssertionRequest request = AssertionRequest.fromJson(requestJson);
            AssertionResult result = party(new Credentials(Set.of(), credential, stored.userId().toString())).finishAssertion(
                FinishAssertionOptions.builder().request(request).response(response).build());
            if (!result.isSuccess() || !result.isUserVerified()) {
                throw new Rejected("assertion not verified");
            }
            return new Verified(result.getSignatureCount(), result.isBackedUp());
        } catch (AssertionFailedException e) {
            // Among them InvalidSignatureCountException: the counter did not move forward (a clone).
            throw new Rejected(e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("kept WebAuthn request unreadable", e);
        } catch (IllegalArgumentException e) {
            throw new Rejected(e.getMessage());
        }
    }

    private static PublicKeyCredential<AuthenticatorAssertionResponse, ClientAssertionExtensionOutputs> parseAssertion(String json) {
        try {
            return PublicKeyCredential.parseAssertionResponseJson(json);
        } catch (IOException | RuntimeException e) {
            throw malformed();
        }
    }

    private static InvalidInputException malformed() {
        return new InvalidInputException("credential", "is not a WebAuthn public key credential");
    }

    private static ByteArray bytes(String base64Url) {
        try {
            return ByteArray.fromBase64Url(base64Url);
        } catch (Base64UrlException e) {
            throw new IllegalStateException("stored credential not base64url", e);
        }
    }

    /** The WebAuthn user handle: the user's id, 16 bytes (no personal data, as the spec asks). */
    static ByteArray handle(UUID userId) {
        return new ByteArray(ByteBuffer.allocate(16).putLong(userId.getMostSignificantBits())
            .putLong(userId.getLeastSignificantBits()).array());
    }

    /** The library's view of the one credential a call is about (or none). */
    private record Credentials(Set<PublicKeyCredentialDescriptor> excluded, RegisteredCredential credential,
                               String username) implements CredentialRepository {
        @Override
        public Set<PublicKeyCredentialDescriptor> getCredentialIdsForUsername(String name) {
            return excluded;
        }

        @Override
        public Optional<ByteArray> getUserHandleForUsername(String name) {
            return credential != null && name.equals(username) ? Optional.of(credential.getUserHandle()) : Optional.empty();
        }

        @Override
        public Optional<String> getUsernameForUserHandle(ByteArray userHandle) {
            return credential != null && credential.getUserHandle().equals(userHandle) ? Optional.of(username) : Optional.empty();
        }

        @Override
        public Optional<RegisteredCredential> lookup(ByteArray credentialId, ByteArray userHandle) {
            return credential != null && credential.getCredentialId().equals(credentialId)
                && credential.getUserHandle().equals(userHandle) ? Optional.of(credential) : Optional.empty();
        }

        @Override
        public Set<RegisteredCredential> lookupAll(ByteArray credentialId) {
            return credential != null && credential.getCredentialId().equals(credentialId) ? Set.of(credential) : Set.of();
        }
    }
}
