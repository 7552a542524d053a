package de.cet.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inbox, the preferences and the once-marks (V140). */
public interface NotificationRepository {

    void add(Notification notification);

    /** The user's notifications, newest first. */
    List<Notification> page(UUID userId, boolean unreadOnly, int offset, int limit);

    long count(UUID userId, boolean unreadOnly);

    Optional<Notification> find(UUID userId, UUID id);

    /** Marks one read (a read one keeps its first read time); false when the user has no such notification. */
    boolean markRead(UUID userId, UUID id, Instant at);

    int markAllRead(UUID userId, Instant at);

    /** Notifications of the user created at or after {@code since}, oldest first, at most {@code limit}. */
    List<Notification> createdSince(UUID userId, Instant since, int limit);

    Preferences preferences(UUID userId);

    void savePreferences(UUID userId, Preferences preferences);

    /**
     * Every user with a digest cadence other than NONE, locked for this transaction; rows another
     * transaction holds are skipped (that instance is sending them). Whether one is due is
     * {@link DigestCadence#isDue}'s to say.
     */
    List<DigestDue> lockDigests();

    void digestSent(UUID userId, Instant at);

    /** Inserts the mark; false when it was there already (someone else notified). */
    boolean markOnce(NotificationKind kind, UUID subjectId, UUID userId, Instant at);

    record DigestDue(UUID userId, DigestCadence cadence, Instant lastSentAt) {}
}
