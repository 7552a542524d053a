package de.cet.notifications.api;

import de.cet.notifications.application.NotificationService;
import de.cet.notifications.domain.Channels;
import de.cet.notifications.domain.DigestCadence;
import de.cet.notifications.domain.Notification;
import de.cet.notifications.domain.NotificationKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The notification resources' bodies. */
final class NotificationDtos {

    private NotificationDtos() {}

    @Schema(name = "Notification", description = "One entry of my inbox; title and body are in my language.")
    record NotificationAnswer(UUID id, NotificationKind kind, UUID bookId, UUID subjectId, String title, String body,
                              Instant createdAt, Instant readAt) {
        static NotificationAnswer of(Notification n) {
            return new NotificationAnswer(n.id(), n.kind(), n.bookId(), n.subjectId(), n.title(), n.body(),
                n.createdAt(), n.readAt());
        }
    }

    @Schema(name = "NotificationPage", description = "A page of my inbox, newest first, with how many are unread in all.")
    record InboxAnswer(List<NotificationAnswer> items, int page, int size, long totalItems, long unread) {}

    @Schema(name = "UnreadCount")
    record UnreadAnswer(long unread) {}

    @Schema(name = "ReadAllResult")
    record ReadAllAnswer(int marked) {}

    @Schema(name = "NotificationKindPreference")
    record KindPreference(@Schema(required = true) NotificationKind kind, @Schema(required = true) Boolean email,
                          @Schema(required = true) Boolean inApp,
                          @Schema(readOnly = true, description = "true for kinds that cannot be switched off (SECURITY)")
                          Boolean alwaysOn) {}

    @Schema(name = "NotificationPreferences",
        description = "Per kind: by mail, in the inbox; and the digest. A kind not listed goes back to its default (both on).")
    record PreferencesBody(@Schema(required = true) List<KindPreference> kinds, @Schema(required = true) DigestCadence digest) {
        static PreferencesBody of(NotificationService.PreferenceView view) {
            return new PreferencesBody(view.channels().entrySet().stream()
                .map(e -> new KindPreference(e.getKey(), e.getValue().email(), e.getValue().inApp(), e.getKey().alwaysOn()))
                .toList(), view.digest());
        }
    }

    static Channels channels(KindPreference p) {
        return new Channels(p.email(), p.inApp());
    }
}
