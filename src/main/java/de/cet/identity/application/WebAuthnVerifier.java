package de.cet.identity.application;

import java.util.List;
import java.util.UUID;

/**
 * The WebAuthn checks of a passkey registration or sign-in (challenge, origin, RP ID, flags,
 * signature, counter), done by a library in the infrastructure (ADR 0016). Stateless: the caller keeps
 * the request JSON between the two calls and the stored credential.
 */
public interface WebAuthnVerifier {

    /** What a start answers: the request to keep on the server, and the options for the browser. */
    record Started(String requestJson, String browserOptionsJson) {}

    /** A verified new credential; ids and keys base64url. */
    record NewCredential(String credentialId, String publicKeyCose, long signatureCount, boolean backupEligible,
                         boolean backedUp) {}

    /** A stored credential as the verification needs it. */
    record StoredCredential(UUID userId, String credentialId, String publicKeyCose, long signatureCount,
                            boolean backupEligible, boolean backedUp) {}

    /** A verified sign-in: the counter and backup state the authenticator reported. */
    record Verified(long signatureCount, boolean backedUp) {}

    /** The browser's answer broke a WebAuthn rule (challenge, origin, signature, counter …). */
    final class Rejected extends RuntimeException {
        public Rejected(String reason) {
            super(reason);
        }
    }

    /**
     * Options for a discoverable, user-verified passkey of the user; {@code existingCredentialIds} are
     * excluded so that one authenticator is registered once.
     */
    Started startRegistration(UUID userId, String email, String displayName, List<String> existingCredentialIds);

    /** Verifies the browser's registration answer (JSON) against the kept request. */
    NewCredential finishRegistration(String requestJson, String responseJson);

    /** Options for a sign-in with any discoverable passkey of this RP, user verification required. */
    Started startAuthentication();

    /** The credential id (base64url) the browser's sign-in answer names, to look it up before verifying. */
    String credentialIdOf(String responseJson);

    /** Verifies the browser's sign-in answer against the kept request and the stored credential. */
    Verified finishAuthentication(String requestJson, String responseJson, StoredCredential stored);
}
