package de.cet.notifications.application;

import de.cet.notifications.domain.Channels;
import de.cet.notifications.domain.DigestCadence;
import de.cet.notifications.domain.Notification;
import de.cet.notifications.domain.NotificationKind;
import de.cet.notifications.domain.NotificationRepository;
import de.cet.notifications.domain.Preferences;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** My inbox and my notification preferences ({@code /me/notifications}, {@code /me/notification-preferences}). */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository repository;
    private final LiveUpdates live;
    private final Clock clock;

    NotificationService(NotificationRepository repository, LiveUpdates live, Clock clock) {
        this.repository = repository;
        this.live = live;
        this.clock = clock;
    }

    public record InboxPage(List<Notification> items, long totalItems, long unread) {}

    @Transactional
    public InboxPage inbox(UUID userId, boolean unreadOnly, int offset, int limit) {
        return new InboxPage(repository.page(userId, unreadOnly, offset, limit), repository.count(userId, unreadOnly),
            repository.count(userId, true));
    }

    @Transactional
    public long unreadCount(UUID userId) {
        return repository.count(userId, true);
    }

    /** Marks one of my notifications read; another user's (or an unknown) id is a 404. */
    @Transactional
    public Notification markRead(UUID userId, UUID id) {
        if (!repository.markRead(userId, id, clock.instant())) {
            throw new NotFoundException("notification-not-found", "No such notification.");
        }
        // My other open clients update their bell.
        live.publish(new LiveEvent(LiveEvent.NOTIFICATION, null, id, userId));
        return repository.find(userId, id).orElseThrow();
    }

    @Transactional
    public int markAllRead(UUID userId) {
        int changed = repository.markAllRead(userId, clock.instant());
        if (changed > 0) {
            live.publish(new LiveEvent(LiveEvent.NOTIFICATION, null, null, userId));
        }
        return changed;
    }

    public record PreferenceView(Map<NotificationKind, Channels> channels, DigestCadence digest) {}

    @Transactional
    public PreferenceView preferences(UUID userId) {
        return view(repository.preferences(userId));
    }

    /** Replaces my preferences; kinds not named go back to their default. Security kinds cannot be off (400). */
    @Transactional
    public PreferenceView updatePreferences(UUID userId, Map<NotificationKind, Channels> channels, DigestCadence digest) {
        Preferences preferences;
        try {
            preferences = Preferences.of(channels, digest);
        } catch (Preferences.AlwaysOnException e) {
            throw new InvalidInputException("preferences", e.kind() + " notifications cannot be switched off");
        }
        repository.savePreferences(userId, preferences);
        return view(preferences);
    }

    private static PreferenceView view(Preferences preferences) {
        Map<NotificationKind, Channels> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, preferences.channels(kind));
        }
        return new PreferenceView(all, preferences.digest());
    }
}
