package de.cet.identity.infrastructure;

import de.cet.identity.application.AccessTokens;
import de.cet.identity.application.IdentityConfig;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Signs access tokens with SmallRye JWT (RS256): iss, aud, sub/upn = user id, groups, sid, at most 15 min. */
@ApplicationScoped
class JwtAccessTokens implements AccessTokens {

    static final Duration MAX_LIFETIME = Duration.ofMinutes(15);

    private final JwtKeys keys;
    private final IdentityConfig config;
    private final Clock clock;

    JwtAccessTokens(JwtKeys keys, IdentityConfig config, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String issue(UUID userId, UUID sessionId, Set<String> groups) {
        Instant now = clock.instant();
        return Jwt.issuer(config.jwt().issuer())
            .audience(config.jwt().audience())
            .subject(userId.toString())
            .upn(userId.toString())
            .groups(groups)
            .claim("sid", sessionId.toString())
            .issuedAt(now)
            .expiresAt(now.plusSeconds(lifetimeSeconds()))
            .jws().keyId("cet-1").algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
            .sign(keys.privateKey());
    }

    @Override
    public long lifetimeSeconds() {
        Duration ttl = config.accessTokenTtl();
        return (ttl.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : ttl).toSeconds();
    }
}
