package de.cet.notifications.domain;

import java.time.Duration;
import java.time.Instant;

/** How often a user wants a summary mail of what came into the inbox. */
public enum DigestCadence {
    NONE(null),
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7));

    /**
     * A digest counts as due a little before its full interval has passed, so that a daily job that
     * starts some seconds earlier than yesterday still sends today's.
     */
    static final Duration SLACK = Duration.ofHours(1);

    private final Duration interval;

    DigestCadence(Duration interval) {
        this.interval = interval;
    }

    /** Whether a digest is due at {@code now} when the last one went out at {@code lastSent} (null: never). */
    public boolean isDue(Instant lastSent, Instant now) {
        if (interval == null) {
            return false;
        }
        return lastSent == null || !now.isBefore(lastSent.plus(interval).minus(SLACK));
    }

    /** Where the first digest's list starts when none went out before: one interval back. */
    public Instant since(Instant lastSent, Instant now) {
        if (lastSent != null) {
            return lastSent;
        }
        return interval == null ? now : now.minus(interval);
    }
}
