package de.cet.notifications.application;

import de.cet.notifications.domain.Channels;
import de.cet.notifications.domain.Notification;
import de.cet.notifications.domain.NotificationKind;
import de.cet.notifications.domain.NotificationRepository;
import de.cet.shared.mail.MailOutbox;
import de.cet.shared.mail.MailTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one way to tell users something: any context calls it inside the transaction of the cause (or fires
 * an event that an observer here turns into a call). Each recipient gets the notification as their
 * preferences say — into the inbox (with a live push to their open clients), by mail through the outbox,
 * both or neither — written in their language from the kind's template
 * ({@code templates/mail/notification-<kind>.<de|en>.txt}: its subject line is the inbox title). Nothing is
 * sent when the transaction rolls back.
 *
 * <p>Template parameters every template gets: {@code name} (the recipient), {@code bookName}, {@code path}
 * (the web app page, appended to {@code publicUrl}) and {@code mail} (true in the mail, false for the
 * inbox text); the cause adds its own.
 */
@ApplicationScoped
public class Notifier {

    private final NotificationRepository repository;
    private final Recipients recipients;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final LiveUpdates live;
    private final Clock clock;

    Notifier(NotificationRepository repository, Recipients recipients, MailTemplates templates, MailOutbox outbox,
             LiveUpdates live, Clock clock) {
        this.repository = repository;
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
        this.live = live;
        this.clock = clock;
    }

    /** What to tell: the kind, the book (null for instance matters) and the object it is about. */
    public record Notice(NotificationKind kind, UUID bookId, UUID subjectId, String path, Map<String, Object> params) {
        public Notice {
            params = params == null ? Map.of() : Map.copyOf(params);
        }
    }

    /** Tells {@code users} (duplicates and unknown or disabled users are skipped); answers the inbox entries made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> notify(Notice notice, Collection<UUID> users) {
        return deliver(notice, users, true);
    }

    /** Tells the {@code audience} of the notice's book (or the instance administrators). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> notify(Notice notice, Audience audience) {
        return notify(notice, resolve(audience, notice.bookId()));
    }

    /**
     * Like {@link #notify(Notice, Collection)}, but each user at most once per {@code onceKey} and kind, across
     * every instance and run (a scheduled check that runs everywhere, a threshold crossed once per window).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> notifyOnce(Notice notice, UUID onceKey, Collection<UUID> users) {
        Instant now = clock.instant();
        List<UUID> fresh = new ArrayList<>();
        for (UUID user : new LinkedHashSet<>(users)) {
            if (repository.markOnce(notice.kind(), onceKey, user, now)) {
                fresh.add(user);
            }
        }
        return notify(notice, fresh);
    }

    /**
     * Inbox only, for a cause that mails the user itself and always does (identity's security notice): the
     * mail is not repeated here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> notifyInboxOnly(Notice notice, Collection<UUID> users) {
        return deliver(notice, users, false);
    }

    List<UUID> resolve(Audience audience, UUID bookId) {
        return switch (audience) {
            case BOOK_MEMBERS -> recipients.members(bookId);
            case BOOK_KEEPERS -> recipients.keepers(bookId);
            case INSTANCE_ADMINS -> recipients.instanceAdmins();
        };
    }

    private List<UUID> deliver(Notice notice, Collection<UUID> users, boolean mail) {
        Instant now = clock.instant();
        String bookName = notice.bookId() == null ? null : recipients.bookName(notice.bookId());
        List<UUID> created = new ArrayList<>();
        for (UUID userId : new LinkedHashSet<>(users)) {
            Recipients.Contact contact = recipients.contact(userId).orElse(null);
            if (contact == null) {
                continue;
            }
            Channels channels = repository.preferences(userId).channels(notice.kind());
            Map<String, Object> data = new HashMap<>(notice.params());
            data.put("name", contact.displayName());
            data.put("bookName", bookName == null ? "" : bookName);
            data.put("path", notice.path() == null ? "/notifications" : notice.path());
            if (channels.inApp()) {
                data.put("mail", false);
                MailTemplates.RenderedMail text = templates.render(notice.kind().template(), contact.locale(), data);
                Notification n = new Notification(UUID.randomUUID(), userId, notice.kind(), notice.bookId(),
                    notice.subjectId(), clip(text.subject(), 300), clip(text.body(), 4000), now, null);
                repository.add(n);
                live.publish(new LiveEvent(LiveEvent.NOTIFICATION, notice.bookId(), n.id(), userId));
                created.add(n.id());
            }
            if (mail && channels.email()) {
                data.put("mail", true);
                outbox.enqueue(contact.email(), notice.kind().template(), contact.locale(), data);
            }
        }
        return created;
    }

    private static String clip(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
