package de.cet.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A single-use, expiring secret sent to a user (email verification, email change, password reset) or
 * handed out between the two steps of an MFA login. Stored only as a hash; usable once, before expiry.
 */
@Entity
@Table(name = "identity_one_time_token")
public class OneTimeToken {

    public enum Purpose { EMAIL_VERIFICATION, EMAIL_CHANGE, PASSWORD_RESET, MFA_LOGIN }

    @Id
    @Column(name = "token_hash", length = 64, nullable = false)
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 30, nullable = false)
    private Purpose purpose;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "email", length = 320)
    private String email;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeToken() {}

    public OneTimeToken(String tokenHash, Purpose purpose, UUID userId, String email, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.userId = userId;
        this.email = email;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean usable(Purpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("token already used");
        }
        usedAt = now;
    }

    public UUID userId() { return userId; }
    public String email() { return email; }
    public Purpose purpose() { return purpose; }
}
