package de.cet.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The server half of a passkey registration or sign-in between its two calls: the WebAuthn request
 * (with its random challenge) as JSON. Usable once and before it expires; a registration only by the
 * user and session that started it.
 */
@Entity
@Table(name = "identity_passkey_ceremony")
public class PasskeyCeremony {

    public enum Kind { REGISTRATION, AUTHENTICATION }

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private Kind kind;
    @Column(name = "user_id")
    private UUID userId;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "request_json", nullable = false, columnDefinition = "text")
    private String requestJson;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected PasskeyCeremony() {}

    private PasskeyCeremony(Kind kind, UUID userId, UUID sessionId, String requestJson, Instant now, Duration ttl) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.userId = userId;
        this.sessionId = sessionId;
        this.requestJson = requestJson;
        this.createdAt = now;
        this.expiresAt = now.plus(ttl);
    }

    public static PasskeyCeremony registration(UUID userId, UUID sessionId, String requestJson, Instant now, Duration ttl) {
        if (userId == null || sessionId == null) {
            throw new IllegalArgumentException("a registration belongs to a user and a session");
        }
        return new PasskeyCeremony(Kind.REGISTRATION, userId, sessionId, requestJson, now, ttl);
    }

    public static PasskeyCeremony authentication(String requestJson, Instant now, Duration ttl) {
        return new PasskeyCeremony(Kind.AUTHENTICATION, null, null, requestJson, now, ttl);
    }

    /**
     * Spends the ceremony for {@code kind} by the caller (user and session; both null for a sign-in).
     * False, and nothing changes, when it is of another kind or caller, used or expired.
     */
    public boolean spend(Kind wanted, UUID callerUserId, UUID callerSessionId, Instant now) {
        if (kind != wanted || usedAt != null || !now.isBefore(expiresAt)) {
            return false;
        }
        if (kind == Kind.REGISTRATION && !(userId.equals(callerUserId) && sessionId.equals(callerSessionId))) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public UUID id() { return id; }
    public Kind kind() { return kind; }
    public UUID userId() { return userId; }
    public UUID sessionId() { return sessionId; }
    public String requestJson() { return requestJson; }
    public Instant expiresAt() { return expiresAt; }
    public Instant usedAt() { return usedAt; }
}
