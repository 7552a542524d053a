package de.cet.identity.infrastructure;

import de.cet.identity.domain.ThrottleStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Throttling state in PostgreSQL (an upsert per failure), so that every instance sees the same counts. */
@ApplicationScoped
class SqlThrottleStore implements ThrottleStore {

    private final EntityManager em;

    SqlThrottleStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Instant> blockedUntil(String key, Instant now) {
        List<?> rows = em.createNativeQuery("select blocked_until from identity_throttle where throttle_key = ?1 "
                + "and blocked_until > ?2")
            .setParameter(1, key).setParameter(2, ts(now)).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(toInstant(rows.get(0)));
    }

    @Override
    public int recordFailure(String key, Instant now, Duration window) {
        Object count = em.createNativeQuery("""
                insert into identity_throttle (throttle_key, failures, window_start) values (?1, 1, ?2)
                on conflict (throttle_key) do update set
                  failures = case when identity_throttle.window_start < ?3 then 1 else identity_throttle.failures + 1 end,
                  window_start = case when identity_throttle.window_start < ?3 then ?2 else identity_throttle.window_start end
                returning failures""")
            .setParameter(1, key).setParameter(2, ts(now)).setParameter(3, ts(now.minus(window)))
            .getSingleResult();
        return ((Number) count).intValue();
    }

    @Override
    public void blockUntil(String key, Instant until) {
        em.createNativeQuery("update identity_throttle set blocked_until = ?2 where throttle_key = ?1")
            .setParameter(1, key).setParameter(2, ts(until)).executeUpdate();
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
