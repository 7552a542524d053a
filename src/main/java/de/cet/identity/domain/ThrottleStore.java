package de.cet.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed attempts per key (an account or a source address), shared by all instances. An attempt
 * is counted before it is checked ({@link #reserve}), in one atomic statement, so that concurrent
 * attempts cannot all pass a check made before any of them was counted.
 */
public interface ThrottleStore {

    /** The rule of one key: how many failures are free, and the growing wait after them. */
    record Limit(int freeFailures, Duration baseDelay, Duration maxDelay, Duration window) {}

    /**
     * Counts an attempt as a failure in advance, unless the key must wait; when the count goes past the
     * free failures, the key is blocked from now on for the grown delay (concurrent attempts see it).
     *
     * @return the reservation, or empty when the key must wait (nothing counted)
     */
    Optional<Reservation> reserve(String key, Instant now, Limit limit);

    /** Until when the key must wait, if it must. */
    Optional<Instant> blockedUntil(String key, Instant now);

    /** Hands a reservation back (the attempt was not a failure): one failure less, and its block lifted. */
    void release(String key, Reservation reservation);

    void clear(String key);

    /** The count after the reservation, and the block it set (null when it set none). */
    record Reservation(int failures, Instant blockedUntil) {}
}
