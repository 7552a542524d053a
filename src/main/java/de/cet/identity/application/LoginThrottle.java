package de.cet.identity.application;

import de.cet.identity.domain.ThrottleStore;
import de.cet.identity.domain.ThrottleStore.Reservation;
import de.cet.shared.error.TooManyRequestsException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down failed password and code attempts, per account and per source address. After a few free
 * failures each further one doubles the wait, up to a cap (15 minutes by default); failures are
 * forgotten after the window. So a stranger can slow an account down but never lock its owner out for
 * good, and a success clears the account's count. State lives in PostgreSQL: all instances agree.
 *
 * <p>Every attempt is counted as a failure <em>before</em> the password or code is checked
 * ({@link #attempt}), in its own committed transaction: a flood of concurrent attempts is counted one
 * by one, and those beyond the limit are refused unchecked. The attempt then settles its reservation:
 * a failure keeps it, a success clears the account's keys and hands the source's back.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String SOURCE_PREFIX = "ip:";

    private final ThrottleStore store;
    private final IdentityConfig.Throttle config;
    private final Clock clock;

    LoginThrottle(ThrottleStore store, IdentityConfig config, Clock clock) {
        this.store = store;
        this.config = config.throttle();
        this.clock = clock;
    }

    public static String account(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    public static String source(String ip) {
        return SOURCE_PREFIX + ip;
    }

    /**
     * Counts one attempt against every key, or refuses it with 429 and Retry-After (counting nothing)
     * while any key has to wait. The caller settles the answer with {@link Attempt#failed},
     * {@link Attempt#succeeded} or {@link Attempt#abandoned}.
     */
    public Attempt attempt(String... keys) {
        Map<String, Reservation> reserved = new LinkedHashMap<>();
        for (String key : keys) {
            Instant now = clock.instant();
            Optional<Reservation> r = QuarkusTransaction.requiringNew().call(() -> store.reserve(key, now, limit(key)));
            if (r.isEmpty()) {
                releaseAll(reserved);
                long wait = QuarkusTransaction.requiringNew().call(() -> store.blockedUntil(key, now))
                    .map(until -> Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000)).orElse(1L);
                throw new TooManyRequestsException("Too many failed attempts; wait before trying again.", wait);
            }
            reserved.put(key, r.get());
        }
        return new Attempt(reserved);
    }

    /** Forgets the failures of a key outside any attempt (a completed password reset proves the owner). */
    public void succeeded(String key) {
        QuarkusTransaction.requiringNew().run(() -> store.clear(key));
    }

    private ThrottleStore.Limit limit(String key) {
        int free = key.startsWith(SOURCE_PREFIX) ? config.sourceFreeFailures() : config.freeFailures();
        return new ThrottleStore.Limit(free, config.baseDelay(), config.maxDelay(), config.window());
    }

    private void releaseAll(Map<String, Reservation> reserved) {
        if (!reserved.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> reserved.forEach(store::release));
        }
    }

    /** One counted attempt; settle it exactly once. */
    public final class Attempt {
        private final Map<String, Reservation> reserved;
        private boolean settled;

        private Attempt(Map<String, Reservation> reserved) {
            this.reserved = reserved;
        }

        /** The attempt failed: it stays counted. */
        public void failed() {
            settled = true;
        }

        /** The attempt succeeded: the account's keys forget their failures; the source's reservation is handed back. */
        public void succeeded() {
            if (settle()) {
                QuarkusTransaction.requiringNew().run(() -> reserved.forEach((key, r) -> {
                    if (key.startsWith(SOURCE_PREFIX)) {
                        store.release(key, r);
                    } else {
                        store.clear(key);
                    }
                }));
            }
        }

        /** Nothing was checked (the server was busy, or the request broke off): the attempt does not count. */
        public void abandoned() {
            if (settle()) {
                releaseAll(reserved);
            }
        }

        private boolean settle() {
            boolean first = !settled;
            settled = true;
            return first;
        }
    }
}
