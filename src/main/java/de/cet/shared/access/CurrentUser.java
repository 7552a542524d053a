package de.cet.shared.access;

import de.cet.shared.error.CetException;
import de.cet.shared.error.ProblemKind;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, as the application layer sees it: the user id and whether the user is an instance
 * administrator. Read from the authenticated {@link SecurityIdentity}, whose principal name is the
 * user's id (the access token's {@code upn}/{@code sub}) and whose roles carry {@link #INSTANCE_ADMIN}. Resources read it and pass the id to application
 * services, which take the acting user explicitly (and can be tested without a token).
 * Which books the user may see is decided by the books context, not here.
 */
@RequestScoped
public class CurrentUser {

    /** Role of every signed-in user with a full (not enrollment-only) token. */
    public static final String USER = "user";
    /** Role of instance administrators. */
    public static final String INSTANCE_ADMIN = "instance-admin";

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's user id; 401 when the request is anonymous. */
    public UUID id() {
        return idIfAuthenticated().orElseThrow(() ->
            new CetException(ProblemKind.UNAUTHENTICATED, "A valid access token is required."));
    }

    public Optional<UUID> idIfAuthenticated() {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(identity.getPrincipal().getName()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isInstanceAdmin() {
        return idIfAuthenticated().isPresent() && identity.hasRole(INSTANCE_ADMIN);
    }

    /** 403 unless the caller is an instance administrator. */
    public UUID requireInstanceAdmin() {
        UUID id = id();
        if (!identity.hasRole(INSTANCE_ADMIN)) {
            throw new CetException(ProblemKind.FORBIDDEN, "Only instance administrators may do this.");
        }
        return id;
    }
}
