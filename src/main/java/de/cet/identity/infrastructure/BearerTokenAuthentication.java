package de.cet.identity.infrastructure;

import de.cet.identity.application.AccessTokenVerifier;
import de.cet.identity.application.AccessTokens;
import de.cet.identity.application.IdentityConfig;
import de.cet.shared.logging.LogContext;
import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer-token authentication for the whole API. The token is verified by SmallRye JWT's parser
 * against CET's key pair (RS256 only, issuer and audience pinned, 5 s clock skew); then, on every
 * request, its session ({@code sid}) is looked up — one indexed query — so that logging out, revoking a
 * session or disabling the user ends its access tokens at once, on every instance. A token that only
 * allows MFA enrollment is accepted only on the enrollment endpoints.
 */
@ApplicationScoped
public class BearerTokenAuthentication implements HttpAuthenticationMechanism, IdentityProvider<TokenAuthenticationRequest>,
    AccessTokenVerifier {

    private static final String BEARER = "bearer ";
    private static final String PATH_ATTRIBUTE = "cet.path";

    private final JWTParser parser;
    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final int clockSkewSeconds;
    private final long maxLifetimeSeconds;

    BearerTokenAuthentication(JwtKeys keys, IdentityConfig config, AgroalDataSource dataSource, Clock clock) {
        JWTAuthContextInfo info = new JWTAuthContextInfo(keys.publicKey(), config.jwt().issuer());
        info.setExpectedAudience(Set.of(config.jwt().audience()));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        this.clockSkewSeconds = (int) Math.min(5, config.jwt().clockSkew().toSeconds());
        info.setClockSkew(clockSkewSeconds);
        info.setRequiredClaims(Set.of("sid", "exp", "iat", "sub"));
        info.setRequireNamedPrincipal(true);
        this.parser = new DefaultJWTParser(info);
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxLifetimeSeconds = JwtAccessTokens.MAX_LIFETIME.toSeconds();
    }

    // ---- HttpAuthenticationMechanism ------------------------------------------------------------

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not a bearer token"));
        }
        String token = header.substring(BEARER.length()).trim();
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(token, "bearer"));
        request.setAttribute(PATH_ATTRIBUTE, context.normalizedPath());
        return identityProviderManager.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    // ---- IdentityProvider -----------------------------------------------------------------------

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.getToken().getToken(), (String) request.getAttribute(PATH_ATTRIBUTE)));
    }

    SecurityIdentity verify(String token, String path) {
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException e) {
            throw new AuthenticationFailedException("invalid token");
        }
        Instant now = clock.instant();
        long exp = jwt.getExpirationTime();
        long iat = jwt.getIssuedAtTime();
        // The library checks expiry against the system clock; CET's own clock must agree too.
        if (now.getEpochSecond() > exp + clockSkewSeconds || exp - iat > maxLifetimeSeconds) {
            throw new AuthenticationFailedException("expired token");
        }
        UUID userId;
        UUID sessionId;
        try {
            userId = UUID.fromString(jwt.getSubject());
            sessionId = UUID.fromString(jwt.getClaim("sid").toString());
        } catch (RuntimeException e) {
            throw new AuthenticationFailedException("malformed token");
        }
        if (!jwt.getName().equals(userId.toString())) {
            throw new AuthenticationFailedException("malformed token");
        }
        Set<String> groups = jwt.getGroups();
        if (groups.contains(AccessTokens.MFA_ENROLLMENT) && !enrollmentPath(path)) {
            throw new AuthenticationFailedException("token only allows MFA enrollment");
        }
        if (!sessionActive(sessionId, userId, now)) {
            throw new AuthenticationFailedException("session ended");
        }
        LogContext.user(userId);
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
            .setPrincipal(jwt)
            .addCredential(new TokenCredential(token, "bearer"))
            .addAttribute("sid", sessionId.toString());
        groups.forEach(builder::addRole);
        return builder.build();
    }

    private static boolean enrollmentPath(String path) {
        return path != null && (path.equals("/api/v1/me") || path.startsWith("/api/v1/me/mfa/totp"));
    }

    // ---- AccessTokenVerifier (the live-update socket) ---------------------------------------------

    @Override
    public java.util.Optional<Verified> verify(String token) {
        if (token == null || token.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            SecurityIdentity identity = verify(token.trim(), null);
            if (!identity.hasRole(AccessTokens.USER)) {
                return java.util.Optional.empty(); // an enrollment-only token opens nothing but enrollment
            }
            JsonWebToken jwt = (JsonWebToken) identity.getPrincipal();
            return java.util.Optional.of(new Verified(UUID.fromString(jwt.getSubject()),
                UUID.fromString(identity.getAttribute("sid"))));
        } catch (AuthenticationFailedException e) {
            if (e.getCause() instanceof SQLException) {
                throw e; // the database is away: not the token's fault
            }
            return java.util.Optional.empty();
        }
    }

    @Override
    public Set<UUID> activeSessions(java.util.Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        Instant now = clock.instant();
        String sql = "select s.id from identity_session s join identity_user u on u.id = s.user_id "
            + "where s.id = any(?) and s.revoked_at is null and s.idle_expires_at > ? "
            + "and s.absolute_expires_at > ? and not u.disabled";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("uuid", sessionIds.toArray()));
            ps.setObject(2, now.atOffset(ZoneOffset.UTC));
            ps.setObject(3, now.atOffset(ZoneOffset.UTC));
            Set<UUID> active = new java.util.HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    active.add(rs.getObject(1, UUID.class));
                }
            }
            return active;
        } catch (SQLException e) {
            throw new IllegalStateException("session check failed", e);
        }
    }

    private boolean sessionActive(UUID sessionId, UUID userId, Instant now) {
        String sql = "select 1 from identity_session s join identity_user u on u.id = s.user_id "
            + "where s.id = ? and s.user_id = ? and s.revoked_at is null and s.idle_expires_at > ? "
            + "and s.absolute_expires_at > ? and not u.disabled";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, sessionId);
            ps.setObject(2, userId);
            ps.setObject(3, now.atOffset(ZoneOffset.UTC));
            ps.setObject(4, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            // The cause lets the problem mapper answer 503 rather than 401 while the database is away.
            throw new AuthenticationFailedException("session check failed", e);
        }
    }
}
