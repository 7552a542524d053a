package de.cet.reporting.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A signatory's sign-off of a period's transparency report. */
public record SignOff(UUID userId, String displayName, Instant signedAt) {

    public SignOff {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(signedAt, "signedAt");
    }
}
