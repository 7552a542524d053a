package de.cet.identity.application;

import java.util.Set;
import java.util.UUID;

/** Issues signed access tokens (JWT) for a user's session. */
public interface AccessTokens {

    /** Group of every full access token. */
    String USER = "user";
    /** Group of instance administrators. */
    String INSTANCE_ADMIN = "instance-admin";
    /** Sole group of the token a user gets when MFA is mandatory and not set up yet. */
    String MFA_ENROLLMENT = "mfa-enrollment";

    String issue(UUID userId, UUID sessionId, Set<String> groups);

    long lifetimeSeconds();
}
