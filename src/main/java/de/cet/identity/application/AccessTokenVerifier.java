package de.cet.identity.application;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks an access token outside an HTTP request (the live-update socket reads it from its first message),
 * with the same rules as every API call: signature, issuer, audience, expiry, and a session that is neither
 * revoked nor expired of a user who is not disabled.
 */
public interface AccessTokenVerifier {

    /** The token's user and session when it is a full access token of an active session; empty otherwise. */
    Optional<Verified> verify(String token);

    /** Those of {@code sessionIds} that are still active (not revoked or expired, user not disabled). */
    Set<UUID> activeSessions(Collection<UUID> sessionIds);

    record Verified(UUID userId, UUID sessionId) {}
}
