package de.cet.identity.domain;

import de.cet.books.domain.BookRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation into a book with a role, or (the bootstrap one) into the instance as administrator.
 * Invariants: bound to one address; open until accepted once, revoked or expired — never reusable.
 */
@Entity
@Table(name = "identity_invitation")
public class Invitation {

    @Id
    private UUID id;
    @Column(name = "token_hash", length = 64, nullable = false)
    private String tokenHash;
    @Column(name = "email", length = 320, nullable = false)
    private String email;
    @Column(name = "book_id")
    private UUID bookId;
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private BookRole role;
    @Column(name = "instance_admin", nullable = false)
    private boolean instanceAdmin;
    @Column(name = "invited_by")
    private UUID invitedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_by")
    private UUID acceptedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {}

    public static Invitation intoBook(String tokenHash, String email, UUID bookId, BookRole role, UUID invitedBy,
                                      Instant now, Instant expiresAt) {
        Invitation i = base(tokenHash, email, now, expiresAt);
        i.bookId = bookId;
        i.role = role;
        i.invitedBy = invitedBy;
        return i;
    }

    public static Invitation instanceAdministrator(String tokenHash, String email, Instant now, Instant expiresAt) {
        Invitation i = base(tokenHash, email, now, expiresAt);
        i.instanceAdmin = true;
        return i;
    }

    private static Invitation base(String tokenHash, String email, Instant now, Instant expiresAt) {
        Invitation i = new Invitation();
        i.id = UUID.randomUUID();
        i.tokenHash = tokenHash;
        i.email = User.normalizeEmail(email);
        i.createdAt = now;
        i.expiresAt = expiresAt;
        return i;
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    public void accept(UUID userId, Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("invitation is not open");
        }
        this.acceptedAt = now;
        this.acceptedBy = userId;
    }

    public void revoke(Instant now) {
        if (acceptedAt == null && revokedAt == null) {
            this.revokedAt = now;
        }
    }

    public UUID id() { return id; }
    public String email() { return email; }
    public UUID bookId() { return bookId; }
    public BookRole role() { return role; }
    public boolean instanceAdmin() { return instanceAdmin; }
    public UUID invitedBy() { return invitedBy; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant revokedAt() { return revokedAt; }
}
