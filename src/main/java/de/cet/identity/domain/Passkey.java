package de.cet.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A registered WebAuthn credential (passkey) of a user: its id and public key as base64url, and the
 * signature counter the authenticator reported last. The counter only moves forward; a sign-in whose
 * counter does not (when the authenticator counts at all) is refused as coming from a clone.
 */
@Entity
@Table(name = "identity_passkey")
public class Passkey {

    public static final int MAX_NAME = 100;

    @Id
    private UUID id;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "credential_id", length = 1400, nullable = false)
    private String credentialId;
    @Column(name = "public_key_cose", length = 2000, nullable = false)
    private String publicKeyCose;
    @Column(name = "signature_count", nullable = false)
    private long signatureCount;
    @Column(name = "name", length = MAX_NAME, nullable = false)
    private String name;
    @Column(name = "backup_eligible", nullable = false)
    private boolean backupEligible;
    @Column(name = "backed_up", nullable = false)
    private boolean backedUp;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected Passkey() {}

    public Passkey(UUID userId, String credentialId, String publicKeyCose, long signatureCount, String name,
                   boolean backupEligible, boolean backedUp, Instant createdAt) {
        if (signatureCount < 0) {
            throw new IllegalArgumentException("signature count below zero");
        }
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.credentialId = credentialId;
        this.publicKeyCose = publicKeyCose;
        this.signatureCount = signatureCount;
        this.name = normalizeName(name);
        this.backupEligible = backupEligible;
        this.backedUp = backedUp;
        this.createdAt = createdAt;
    }

    /**
     * The name a person gives a passkey, trimmed; blank becomes "Passkey", too long is cut. Null only
     * when the name holds a control character (the caller answers 400).
     */
    public static String normalizeName(String name) {
        if (name == null || name.isBlank()) {
            return "Passkey";
        }
        String trimmed = name.strip();
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return trimmed.length() > MAX_NAME ? trimmed.substring(0, MAX_NAME) : trimmed;
    }

    /** A sign-in with this passkey: the counter the verified assertion carried, and when. */
    public void used(long newSignatureCount, boolean nowBackedUp, Instant now) {
        if (newSignatureCount < signatureCount) {
            throw new IllegalArgumentException("signature counter went back");
        }
        signatureCount = newSignatureCount;
        backedUp = nowBackedUp;
        lastUsedAt = now;
    }

    public UUID id() { return id; }
    public UUID userId() { return userId; }
    public String credentialId() { return credentialId; }
    public String publicKeyCose() { return publicKeyCose; }
    public long signatureCount() { return signatureCount; }
    public String name() { return name; }
    public boolean backupEligible() { return backupEligible; }
    public boolean backedUp() { return backedUp; }
    public Instant createdAt() { return createdAt; }
    public Instant lastUsedAt() { return lastUsedAt; }
}
