package de.cet.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One refresh token of a session's family, stored only as its SHA-256 hash; usable once. */
@Entity
@Table(name = "identity_refresh_token")
public class RefreshToken {

    @Id
    @Column(name = "token_hash", length = 64, nullable = false)
    private String tokenHash;
    @Column(name = "session_id", nullable = false)
    private UUID sessionId;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected RefreshToken() {}

    public RefreshToken(String tokenHash, UUID sessionId, Instant issuedAt) {
        this.tokenHash = tokenHash;
        this.sessionId = sessionId;
        this.issuedAt = issuedAt;
    }

    /** False when the token was used before: a replay, which must end the whole family. */
    public boolean use(Instant now) {
        if (usedAt != null) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public UUID sessionId() { return sessionId; }
    public Instant usedAt() { return usedAt; }
}
