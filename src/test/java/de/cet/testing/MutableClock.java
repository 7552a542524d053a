package de.cet.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Replaces the application's clock in tests, so that time-dependent rules are tested by moving time.
 *
 * <p>It runs like real time, shifted by whatever {@link #advance} added, until a test {@link #set}s it:
 * then it stands still at that instant (for rules that need an exact "now", such as TOTP steps) until
 * {@link #reset}. Running by default keeps successive events ordered, as they are in production.
 */
@Alternative
@Priority(1)
@Singleton
public class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozenAt;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt;
        return frozen != null ? frozen : Instant.now().plus(offset);
    }

    public synchronized void advance(Duration duration) {
        if (frozenAt != null) {
            frozenAt = frozenAt.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    /** Stops the clock at {@code instant}. */
    public synchronized void set(Instant instant) {
        frozenAt = instant;
    }

    /** Back to real, running time, so tests do not leak a moved clock into each other. */
    public synchronized void reset() {
        frozenAt = null;
        offset = Duration.ZERO;
    }
}
