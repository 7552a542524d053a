package de.cet.ledger.domain.transaction;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One person's approval of a submitted entry. */
@Embeddable
public record Approval(@Column(name = "approver_id", nullable = false) UUID approverId,
                       @Column(name = "approved_at", nullable = false) Instant at) {
    public Approval {
        Objects.requireNonNull(approverId, "approverId");
        Objects.requireNonNull(at, "at");
    }
}
