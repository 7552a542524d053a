package de.cet.identity.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.error.TooManyRequestsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    static IdentityConfig config(int memoryKib, int iterations, int concurrency, Duration wait) {
        return new IdentityConfig() {
            public Jwt jwt() { throw new UnsupportedOperationException(); }
            public Duration accessTokenTtl() { return Duration.ofMinutes(10); }
            public Duration refreshIdleTtl() { return Duration.ofDays(14); }
            public Duration refreshAbsoluteTtl() { return Duration.ofDays(60); }
            public boolean singleSession() { return false; }
            public boolean mfaRequired() { return false; }
            public Duration invitationTtl() { return Duration.ofDays(7); }
            public Duration verificationTtl() { return Duration.ofDays(2); }
            public Duration passwordResetTtl() { return Duration.ofMinutes(30); }
            public Duration mfaChallengeTtl() { return Duration.ofMinutes(5); }
            public Argon2 argon2() {
                return new Argon2() {
                    public int memoryKib() { return memoryKib; }
                    public int iterations() { return iterations; }
                    public boolean useNative() { return false; }
                };
            }
            public int hashConcurrency() { return concurrency; }
            public Duration hashWait() { return wait; }
            public Throttle throttle() { throw new UnsupportedOperationException(); }
            public PasswordReset passwordReset() { throw new UnsupportedOperationException(); }
            public Passkeys passkeys() { throw new UnsupportedOperationException(); }
        };
    }

    @Test
    void hashesAreArgon2idWithAtLeastTheAsvsMinimumAndVerify() {
        PasswordHasher hasher = new PasswordHasher(config(1024, 1, 2, Duration.ofSeconds(5)), new BouncyCastleArgon2());
        String hash = hasher.hash("lantern quiet maple harbor");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertNotEquals(hash, hasher.hash("lantern quiet maple harbor"), "salted");
        assertTrue(hasher.verify("lantern quiet maple harbor", hash));
        assertFalse(hasher.verify("lantern quiet maple harbor!", hash));
        assertFalse(hasher.verify("anything", "not-a-hash"));
    }

    @Test
    void aFloodOfHashesIsAnsweredWithTooManyRequestsInsteadOfQueueingWithoutBound() throws Exception {
        PasswordHasher hasher = new PasswordHasher(config(19456, 2, 1, Duration.ZERO), new BouncyCastleArgon2());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<TooManyRequestsException>>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    hasher.hash("lantern quiet maple harbor");
                    return Optional.<TooManyRequestsException>empty();
                } catch (TooManyRequestsException e) {
                    return Optional.of(e);
                }
            }));
        }
        start.countDown();
        int refused = 0;
        for (var r : results) {
            if (r.get().isPresent()) {
                refused++;
                assertTrue(r.get().get().retryAfterSeconds() >= 1);
            }
        }
        pool.shutdown();
        assertTrue(refused >= 1, "with one slot and no waiting, parallel hashes are refused");
        assertTrue(refused < 6, "at least one hash ran");
    }
}
