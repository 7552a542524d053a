package de.cet.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something security-relevant that happened to a user's account; append-only. */
@Entity
@Table(name = "identity_security_event")
public class SecurityEvent {

    public enum Type {
        LOGIN_SUCCEEDED, LOGIN_FAILED, MFA_FAILED, MFA_ENABLED, MFA_DISABLED, RECOVERY_CODE_USED,
        REFRESH_TOKEN_REUSED, SESSION_REVOKED, LOGGED_OUT, PASSWORD_CHANGED, PASSWORD_RESET_REQUESTED,
        PASSWORD_RESET, EMAIL_CHANGE_REQUESTED, EMAIL_CHANGED, EMAIL_VERIFIED, INVITATION_ACCEPTED,
        USER_DISABLED, USER_ENABLED, THROTTLED, PASSKEY_ADDED, PASSKEY_REMOVED, PASSKEY_FAILED
    }

    @Id
    private UUID id;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 40, nullable = false)
    private Type type;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "ip", length = 64)
    private String ip;
    @Column(name = "detail", length = 500)
    private String detail;

    protected SecurityEvent() {}

    public SecurityEvent(UUID userId, Type type, Instant occurredAt, String ip, String detail) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.ip = ip;
        this.detail = detail == null ? null : detail.substring(0, Math.min(500, detail.length()));
    }

    public UUID id() { return id; }
    public UUID userId() { return userId; }
    public Type type() { return type; }
    public Instant occurredAt() { return occurredAt; }
    public String ip() { return ip; }
    public String detail() { return detail; }
}
