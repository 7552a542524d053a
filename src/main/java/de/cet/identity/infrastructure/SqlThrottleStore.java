package de.cet.identity.infrastructure;

import de.cet.identity.domain.ThrottleStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Throttling state in PostgreSQL, so that every instance sees the same counts. A reservation is one
 * upsert: PostgreSQL locks the key's row for it, so concurrent attempts are counted one after the other
 * and each sees the block the previous one set.
 */
@ApplicationScoped
class SqlThrottleStore implements ThrottleStore {

    // ?1 key, ?2 now, ?3 start of the current window, ?4 free failures, ?5 base delay s, ?6 max delay s.
    // The update runs only while the key is not blocked; no row back means "refused, nothing counted".
    private static final String RESERVE = """
        insert into identity_throttle as t (throttle_key, failures, window_start, blocked_until)
        values (?1, 1, ?2, case when 1 > ?4 then cast(?2 as timestamptz) + make_interval(secs => least(cast(?6 as double precision), ?5)) end)
        on conflict (throttle_key) do update set
          failures = excluded.failures + case when t.window_start < ?3 then 0 else t.failures end,
          window_start = case when t.window_start < ?3 then excluded.window_start else t.window_start end,
          blocked_until = case
            when 1 + case when t.window_start < ?3 then 0 else t.failures end > ?4
            then cast(?2 as timestamptz) + make_interval(secs => least(cast(?6 as double precision),
                 ?5 * power(2, least(case when t.window_start < ?3 then 0 else t.failures end - ?4, 20))))
            end
          where t.blocked_until is null or t.blocked_until <= ?2
        returning failures, blocked_until""";

    private final EntityManager em;

    SqlThrottleStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Reservation> reserve(String key, Instant now, Limit limit) {
        List<?> rows = em.createNativeQuery(RESERVE)
            .setParameter(1, key)
            .setParameter(2, ts(now))
            .setParameter(3, ts(now.minus(limit.window())))
            .setParameter(4, limit.freeFailures())
            .setParameter(5, (double) limit.baseDelay().toSeconds())
            .setParameter(6, (double) limit.maxDelay().toSeconds())
            .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Reservation(((Number) row[0]).intValue(), row[1] == null ? null : toInstant(row[1])));
    }

    @Override
    public Optional<Instant> blockedUntil(String key, Instant now) {
        List<?> rows = em.createNativeQuery("select blocked_until from identity_throttle where throttle_key = ?1 "
                + "and blocked_until > ?2")
            .setParameter(1, key).setParameter(2, ts(now)).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(toInstant(rows.get(0)));
    }

    @Override
    public void release(String key, Reservation reservation) {
        if (reservation.blockedUntil() == null) {
            em.createNativeQuery("update identity_throttle set failures = greatest(failures - 1, 0) where throttle_key = ?1")
                .setParameter(1, key).executeUpdate();
            return;
        }
        // Only this reservation's own block is lifted: a later attempt may have set a newer one meanwhile.
        // A reservation is only granted while no block stands, so there is none to restore.
        em.createNativeQuery("""
                update identity_throttle set failures = greatest(failures - 1, 0),
                  blocked_until = case when blocked_until = ?2 then null else blocked_until end
                where throttle_key = ?1""")
            .setParameter(1, key).setParameter(2, ts(reservation.blockedUntil())).executeUpdate();
    }

    @Override
    public void clear(String key) {
        em.createNativeQuery("delete from identity_throttle where throttle_key = ?1").setParameter(1, key).executeUpdate();
    }

    private static OffsetDateTime ts(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }
}
