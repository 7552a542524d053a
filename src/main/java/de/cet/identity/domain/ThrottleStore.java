package de.cet.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counts failed attempts per key (an account or a source address), shared by all instances. */
public interface ThrottleStore {

    /** Until when the key must wait, if it must. */
    Optional<Instant> blockedUntil(String key, Instant now);

    /** Counts a failure (a new window starts when the last one is older than {@code window}); returns the count. */
    int recordFailure(String key, Instant now, Duration window);

    void blockUntil(String key, Instant until);

    void clear(String key);
}
