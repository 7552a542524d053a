package de.cet.books.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A user's membership in one book: exactly one role, plus the signatory flag (chair, deputy). */
@Entity
@Table(name = "books_membership")
@IdClass(Membership.Key.class)
public class Membership {

    @Id
    @Column(name = "book_id", nullable = false)
    private UUID bookId;
    @Id
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private BookRole role;
    @Column(name = "signatory", nullable = false)
    private boolean signatory;
    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {}

    public Membership(UUID bookId, UUID userId, BookRole role, boolean signatory, Instant joinedAt) {
        this.bookId = Objects.requireNonNull(bookId);
        this.userId = Objects.requireNonNull(userId);
        this.role = Objects.requireNonNull(role);
        this.signatory = signatory;
        this.joinedAt = joinedAt;
    }

    public void changeRole(BookRole role) {
        this.role = Objects.requireNonNull(role);
    }

    public void markSignatory(boolean signatory) {
        this.signatory = signatory;
    }

    public UUID bookId() { return bookId; }
    public UUID userId() { return userId; }
    public BookRole role() { return role; }
    public boolean signatory() { return signatory; }
    public Instant joinedAt() { return joinedAt; }

    /** Composite identity (book, user). */
    public static class Key implements Serializable {
        private UUID bookId;
        private UUID userId;

        public Key() {}

        public Key(UUID bookId, UUID userId) {
            this.bookId = bookId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(bookId, k.bookId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bookId, userId);
        }
    }
}
