package de.cet.ledger.domain.transaction;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One person's approval of a submitted entry. */
public record Approval(UUID approverId, Instant at) {
    public Approval {
        Objects.requireNonNull(approverId, "approverId");
        Objects.requireNonNull(at, "at");
    }
}
