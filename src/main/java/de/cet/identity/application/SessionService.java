package de.cet.identity.application;

import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.RefreshToken;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.Session;
import de.cet.identity.domain.User;
import de.cet.shared.error.CetException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.error.ProblemKind;
import de.cet.shared.logging.LogContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Sessions and their token families. A refresh token is opaque (256 random bits), stored hashed, and
 * replaced on every use; presenting one that was used before ends the whole session, because either
 * the legitimate client or a thief holds a copy.
 */
@ApplicationScoped
public class SessionService {

    private final IdentityRepository repository;
    private final AccessTokens accessTokens;
    private final IdentityConfig config;
    private final SecurityEvents events;
    private final Clock clock;

    SessionService(IdentityRepository repository, AccessTokens accessTokens, IdentityConfig config,
                   SecurityEvents events, Clock clock) {
        this.repository = repository;
        this.accessTokens = accessTokens;
        this.config = config;
        this.events = events;
        this.clock = clock;
    }

    /** What a successful sign-in or refresh answers. {@code refreshToken} is null for enrollment-only tokens. */
    public record Tokens(String accessToken, String refreshToken, long expiresIn, boolean enrollmentOnly) {}

    public record SessionView(UUID id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, String userAgent,
                              String ip, boolean current) {}

    /**
     * Opens a session for a user who proved who they are, and answers its first tokens. Where MFA is
     * required, a user without TOTP gets only an enrollment token, unless the proof was already
     * multi-factor (a user-verified passkey, ADR 0016).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Tokens open(User user, ClientInfo client, boolean mfaComplete) {
        Instant now = clock.instant();
        boolean enrollmentOnly = config.mfaRequired() && !user.totpEnabled() && !mfaComplete;
        if (config.singleSession() && !enrollmentOnly) {
            repository.activeSessions(user.id(), now).forEach(s -> s.revoke(now, "single-session"));
        }
        Session session = Session.open(user.id(), now, config.refreshIdleTtl(), config.refreshAbsoluteTtl(),
            client.userAgent(), client.ip(), mfaComplete);
        repository.addSession(session);
        if (enrollmentOnly) {
            String access = accessTokens.issue(user.id(), session.id(), Set.of(AccessTokens.MFA_ENROLLMENT));
            return new Tokens(access, null, accessTokens.lifetimeSeconds(), true);
        }
        return issue(user, session, now);
    }

    private Tokens issue(User user, Session session, Instant now) {
        String refresh = Secrets.token(32);
        repository.addRefreshToken(new RefreshToken(Secrets.sha256(refresh), session.id(), now));
        String access = accessTokens.issue(user.id(), session.id(), groups(user));
        return new Tokens(access, refresh, accessTokens.lifetimeSeconds(), false);
    }

    static Set<String> groups(User user) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(AccessTokens.USER);
        if (user.instanceAdmin()) {
            groups.add(AccessTokens.INSTANCE_ADMIN);
        }
        return groups;
    }

    /**
     * Exchanges a refresh token for new tokens. A used token ends its family; that revocation commits
     * even though the caller gets 401.
     */
    public Tokens refresh(String refreshToken, ClientInfo client) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            throw invalidRefresh();
        }
        Object outcome = QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            var token = repository.refreshTokenForUpdate(Secrets.sha256(refreshToken)).orElse(null);
            if (token == null) {
                return null;
            }
            Session session = repository.session(token.sessionId()).orElseThrow();
            if (!token.use(now)) {
                if (session.revokedAt() == null) {
                    session.revoke(now, "refresh-token-reused");
                    events.record(session.userId(), SecurityEvent.Type.REFRESH_TOKEN_REUSED, client,
                        "session " + session.id() + " ended");
                }
                return null;
            }
            if (!session.isActive(now)) {
                return null;
            }
            User user = repository.user(session.userId()).orElseThrow();
            if (user.disabled()) {
                return null;
            }
            session.touch(now, config.refreshIdleTtl());
            LogContext.user(user.id());
            return issue(user, session, now);
        });
        if (outcome == null) {
            throw invalidRefresh();
        }
        return (Tokens) outcome;
    }

    /** Ends the session of the refresh token, if it is one; unknown tokens are ignored. */
    @Transactional
    public void logout(String refreshToken, ClientInfo client) {
        if (refreshToken == null || refreshToken.length() > 200) {
            return;
        }
        Instant now = clock.instant();
        repository.refreshTokenForUpdate(Secrets.sha256(refreshToken))
            .flatMap(t -> repository.session(t.sessionId()))
            .filter(s -> s.revokedAt() == null)
            .ifPresent(s -> {
                s.revoke(now, "logout");
                events.record(s.userId(), SecurityEvent.Type.LOGGED_OUT, client, null);
            });
    }

    @Transactional
    public List<SessionView> sessions(UUID userId, UUID currentSessionId) {
        Instant now = clock.instant();
        return repository.activeSessions(userId, now).stream()
            .map(s -> new SessionView(s.id(), s.createdAt(), s.lastUsedAt(),
                s.idleExpiresAt(), s.userAgent(), s.ip(), s.id().equals(currentSessionId)))
            .toList();
    }

    /** Revokes one of the user's own sessions; another user's session is 404. */
    @Transactional
    public void revoke(UUID userId, UUID sessionId, ClientInfo client) {
        Session s = repository.session(sessionId).filter(x -> x.userId().equals(userId))
            .orElseThrow(() -> new NotFoundException("session-not-found", "No such session."));
        if (s.revokedAt() == null) {
            s.revoke(clock.instant(), "revoked");
            events.record(userId, SecurityEvent.Type.SESSION_REVOKED, client, "session " + sessionId);
        }
    }

    /** Ends every session of the user except {@code keep} (may be null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAll(UUID userId, UUID keep, String reason) {
        Instant now = clock.instant();
        repository.activeSessions(userId, now).stream().filter(s -> !s.id().equals(keep))
            .forEach(s -> s.revoke(now, reason));
    }

    private static CetException invalidRefresh() {
        return new CetException(ProblemKind.UNAUTHENTICATED, "invalid-refresh-token",
            "The refresh token is unknown, used, revoked or expired; sign in again.");
    }
}
