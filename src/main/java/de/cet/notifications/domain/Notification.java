package de.cet.notifications.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One entry of a user's inbox; title and body are written in the user's language when it is created. */
public record Notification(UUID id, UUID userId, NotificationKind kind, UUID bookId, UUID subjectId,
                           String title, String body, Instant createdAt, Instant readAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean unread() {
        return readAt == null;
    }
}
