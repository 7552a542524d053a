package de.cet.identity.application;

import de.cet.identity.domain.ThrottleStore;
import de.cet.shared.error.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down failed password and code attempts, per account and per source address. After a few free
 * failures each further one doubles the wait, up to a cap (15 minutes by default); failures are
 * forgotten after the window. So a stranger can slow an account down but never lock its owner out for
 * good, and a success clears the account's count. State lives in PostgreSQL: all instances agree.
 */
@ApplicationScoped
public class LoginThrottle {

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
        return "ip:" + ip;
    }

    /** 429 with Retry-After while any of the keys has to wait. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void check(String... keys) {
        Instant now = clock.instant();
        long wait = 0;
        for (String key : keys) {
            var until = store.blockedUntil(key, now);
            if (until.isPresent()) {
                wait = Math.max(wait, (Duration.between(now, until.get()).toMillis() + 999) / 1000);
            }
        }
        if (wait > 0) {
            throw new TooManyRequestsException("Too many failed attempts; wait before trying again.", wait);
        }
    }

    /** Counts a failure for each key, in its own transaction (the failed request rolls back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String... keys) {
        Instant now = clock.instant();
        for (String key : keys) {
            int failures = store.recordFailure(key, now, config.window());
            int free = key.startsWith("ip:") ? config.sourceFreeFailures() : config.freeFailures();
            int over = failures - free;
            if (over > 0) {
                long seconds = config.baseDelay().toSeconds() << Math.min(over - 1, 20);
                Duration delay = Duration.ofSeconds(Math.min(seconds, config.maxDelay().toSeconds()));
                store.blockUntil(key, now.plus(delay));
            }
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String key) {
        store.clear(key);
    }
}
