package de.cet.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use MFA recovery code, stored as a hash. */
@Entity
@Table(name = "identity_recovery_code")
public class RecoveryCode {

    @Id
    private UUID id;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "code_hash", length = 64, nullable = false)
    private String codeHash;
    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    public RecoveryCode(UUID userId, String codeHash) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.codeHash = codeHash;
    }

    public boolean use(Instant now) {
        if (usedAt != null) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public String codeHash() { return codeHash; }
    public Instant usedAt() { return usedAt; }
}
