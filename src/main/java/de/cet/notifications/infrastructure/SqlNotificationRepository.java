package de.cet.notifications.infrastructure;

import de.cet.notifications.domain.Channels;
import de.cet.notifications.domain.DigestCadence;
import de.cet.notifications.domain.Notification;
import de.cet.notifications.domain.NotificationKind;
import de.cet.notifications.domain.NotificationRepository;
import de.cet.notifications.domain.Preferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL over the V140 tables. */
@ApplicationScoped
class SqlNotificationRepository implements NotificationRepository {

    private static final String COLUMNS = "id, user_id, kind, book_id, subject_id, title, body, created_at, read_at";

    private final EntityManager em;

    SqlNotificationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Notification n) {
        // Typed parameters: a null book, subject or read time is bound as what its column holds.
        @SuppressWarnings("unchecked")
        org.hibernate.query.NativeQuery<Object> q = em.createNativeQuery("insert into notifications_notification ("
                + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
            .unwrap(org.hibernate.query.NativeQuery.class);
        q.setParameter(1, n.id()).setParameter(2, n.userId()).setParameter(3, n.kind().name())
            .setParameter(4, n.bookId(), UUID.class).setParameter(5, n.subjectId(), UUID.class)
            .setParameter(6, n.title()).setParameter(7, n.body()).setParameter(8, at(n.createdAt()))
            .setParameter(9, at(n.readAt()), OffsetDateTime.class)
            .executeUpdate();
    }

    @Override
    public List<Notification> page(UUID userId, boolean unreadOnly, int offset, int limit) {
        return list(em.createNativeQuery("select " + COLUMNS + " from notifications_notification where user_id = ?1"
                + (unreadOnly ? " and read_at is null" : "") + " order by created_at desc, id desc offset ?2 limit ?3")
            .setParameter(1, userId).setParameter(2, offset).setParameter(3, limit).getResultList());
    }

    @Override
    public long count(UUID userId, boolean unreadOnly) {
        return ((Number) em.createNativeQuery("select count(*) from notifications_notification where user_id = ?1"
                + (unreadOnly ? " and read_at is null" : ""))
            .setParameter(1, userId).getSingleResult()).longValue();
    }

    @Override
    public Optional<Notification> find(UUID userId, UUID id) {
        return list(em.createNativeQuery("select " + COLUMNS + " from notifications_notification where user_id = ?1 and id = ?2")
            .setParameter(1, userId).setParameter(2, id).getResultList()).stream().findFirst();
    }

    @Override
    public boolean markRead(UUID userId, UUID id, Instant at) {
        return em.createNativeQuery("""
                update notifications_notification set read_at = coalesce(read_at, ?3) where user_id = ?1 and id = ?2""")
            .setParameter(1, userId).setParameter(2, id).setParameter(3, at(at)).executeUpdate() == 1;
    }

    @Override
    public int markAllRead(UUID userId, Instant at) {
        return em.createNativeQuery("update notifications_notification set read_at = ?2 where user_id = ?1 and read_at is null")
            .setParameter(1, userId).setParameter(2, at(at)).executeUpdate();
    }

    @Override
    public List<Notification> createdSince(UUID userId, Instant since, int limit) {
        return list(em.createNativeQuery("select " + COLUMNS + " from notifications_notification "
                + "where user_id = ?1 and created_at >= ?2 order by created_at, id limit ?3")
            .setParameter(1, userId).setParameter(2, at(since)).setParameter(3, limit).getResultList());
    }

    @Override
    public Preferences preferences(UUID userId) {
        Map<NotificationKind, Channels> chosen = new EnumMap<>(NotificationKind.class);
        for (Object o : em.createNativeQuery("select kind, email, in_app from notifications_preference where user_id = ?1")
                .setParameter(1, userId).getResultList()) {
            Object[] r = (Object[]) o;
            kind((String) r[0]).filter(k -> !k.alwaysOn())
                .ifPresent(k -> chosen.put(k, new Channels((Boolean) r[1], (Boolean) r[2])));
        }
        List<?> digest = em.createNativeQuery("select cadence from notifications_digest where user_id = ?1")
            .setParameter(1, userId).getResultList();
        return Preferences.of(chosen, digest.isEmpty() ? DigestCadence.NONE : DigestCadence.valueOf((String) digest.get(0)));
    }

    @Override
    public void savePreferences(UUID userId, Preferences preferences) {
        em.createNativeQuery("delete from notifications_preference where user_id = ?1").setParameter(1, userId).executeUpdate();
        preferences.deviations().forEach((kind, channels) -> em.createNativeQuery("""
                insert into notifications_preference (user_id, kind, email, in_app) values (?1, ?2, ?3, ?4)""")
            .setParameter(1, userId).setParameter(2, kind.name()).setParameter(3, channels.email())
            .setParameter(4, channels.inApp()).executeUpdate());
        em.createNativeQuery("""
                insert into notifications_digest (user_id, cadence) values (?1, ?2)
                on conflict (user_id) do update set cadence = excluded.cadence""")
            .setParameter(1, userId).setParameter(2, preferences.digest().name()).executeUpdate();
    }

    @Override
    public List<DigestDue> lockDigests() {
        List<DigestDue> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select user_id, cadence, last_sent_at from notifications_digest where cadence <> 'NONE'
                order by user_id for update skip locked""").getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new DigestDue((UUID) r[0], DigestCadence.valueOf((String) r[1]), instant(r[2])));
        }
        return out;
    }

    @Override
    public void digestSent(UUID userId, Instant at) {
        em.createNativeQuery("update notifications_digest set last_sent_at = ?2 where user_id = ?1")
            .setParameter(1, userId).setParameter(2, at(at)).executeUpdate();
    }

    @Override
    public boolean markOnce(NotificationKind kind, UUID subjectId, UUID userId, Instant at) {
        return em.createNativeQuery("""
                insert into notifications_once (kind, subject_id, user_id, created_at) values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
            .setParameter(1, kind.name()).setParameter(2, subjectId).setParameter(3, userId).setParameter(4, at(at))
            .executeUpdate() == 1;
    }

    private static List<Notification> list(List<?> rows) {
        List<Notification> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            Optional<NotificationKind> kind = kind((String) r[2]);
            // A kind a later version wrote and this one does not know is left out rather than failing the inbox.
            kind.ifPresent(k -> out.add(new Notification((UUID) r[0], (UUID) r[1], k, (UUID) r[3], (UUID) r[4],
                (String) r[5], (String) r[6], instant(r[7]), instant(r[8]))));
        }
        return out;
    }

    private static Optional<NotificationKind> kind(String name) {
        try {
            return Optional.of(NotificationKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
