package de.cet.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One signed-in device. Its refresh tokens form one family; revoking the session ends the family and,
 * because every access token carries the session id, the access tokens too. A session is active until
 * revoked, idle for too long, or past its absolute lifetime — whichever comes first.
 */
@Entity
@Table(name = "identity_session")
public class Session {

    @Id
    private UUID id;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;
    @Column(name = "idle_expires_at", nullable = false)
    private Instant idleExpiresAt;
    @Column(name = "absolute_expires_at", nullable = false)
    private Instant absoluteExpiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoke_reason", length = 40)
    private String revokeReason;
    @Column(name = "user_agent", length = 300)
    private String userAgent;
    @Column(name = "ip", length = 64)
    private String ip;
    @Column(name = "mfa_complete", nullable = false)
    private boolean mfaComplete;

    protected Session() {}

    public static Session open(UUID userId, Instant now, Duration idle, Duration absolute, String userAgent, String ip,
                               boolean mfaComplete) {
        Session s = new Session();
        s.id = UUID.randomUUID();
        s.userId = userId;
        s.createdAt = now;
        s.lastUsedAt = now;
        s.absoluteExpiresAt = now.plus(absolute);
        s.idleExpiresAt = min(now.plus(idle), s.absoluteExpiresAt);
        s.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(300, userAgent.length()));
        s.ip = ip;
        s.mfaComplete = mfaComplete;
        return s;
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(idleExpiresAt) && now.isBefore(absoluteExpiresAt);
    }

    /** A refresh: the idle deadline moves on, never past the absolute one. */
    public void touch(Instant now, Duration idle) {
        this.lastUsedAt = now;
        this.idleExpiresAt = min(now.plus(idle), absoluteExpiresAt);
    }

    public void revoke(Instant now, String reason) {
        if (revokedAt == null) {
            this.revokedAt = now;
            this.revokeReason = reason;
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    public UUID id() { return id; }
    public UUID userId() { return userId; }
    public Instant createdAt() { return createdAt; }
    public Instant lastUsedAt() { return lastUsedAt; }
    public Instant idleExpiresAt() { return idleExpiresAt; }
    public Instant absoluteExpiresAt() { return absoluteExpiresAt; }
    public Instant revokedAt() { return revokedAt; }
    public String revokeReason() { return revokeReason; }
    public String userAgent() { return userAgent; }
    public String ip() { return ip; }
    public boolean mfaComplete() { return mfaComplete; }
}
