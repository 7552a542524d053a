package de.cet.identity.application;

import de.cet.shared.error.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.util.Strings;

/**
 * Argon2id password hashing in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}. Each hash takes about 19 MiB, so only a bounded
 * number run at once: a flood of sign-ins waits briefly for a slot and is then answered 429 with
 * Retry-After instead of exhausting memory. Verification uses the parameters stored in the hash, so
 * raising the cost later keeps old hashes valid. The computation itself is the {@link Argon2Engine}'s: the
 * native libargon2 where it is installed, Bouncy Castle otherwise; both give the same hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MIN_MEMORY_KIB = 19 * 1024;
    static final int MIN_ITERATIONS = 2;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Engine engine;
    private final int memoryKib;
    private final int iterations;
    private final Semaphore slots;
    private final long waitMillis;
    private final String dummyHash;

    PasswordHasher(IdentityConfig config, Argon2Engine engine) {
        this.engine = engine;
        this.memoryKib = Math.max(MIN_MEMORY_KIB, config.argon2().memoryKib());
        this.iterations = Math.max(MIN_ITERATIONS, config.argon2().iterations());
        int concurrency = config.hashConcurrency() > 0 ? config.hashConcurrency() : Runtime.getRuntime().availableProcessors();
        this.slots = new Semaphore(concurrency, true);
        this.waitMillis = config.hashWait().toMillis();
        this.dummyHash = compute("not a password of anyone", Secrets.randomBytes(SALT_BYTES), memoryKib, iterations);
    }

    public String hash(String password) {
        return withSlot(() -> compute(password, Secrets.randomBytes(SALT_BYTES), memoryKib, iterations));
    }

    public boolean verify(String password, String stored) {
        return withSlot(() -> matches(password, stored));
    }

    /** Spends the same effort as a real verification, so unknown addresses cannot be told apart by timing. */
    public void verifyNothing(String password) {
        withSlot(() -> matches(password, dummyHash));
    }

    private boolean matches(String password, String stored) {
        String[] parts = stored.split("\\$");
        // ["", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash]
        if (parts.length != 6 || !parts[1].equals("argon2id")) {
            return false;
        }
        int m = 0;
        int t = 0;
        for (String kv : parts[3].split(",")) {
            String[] pair = kv.split("=");
            if (pair[0].equals("m")) {
                m = Integer.parseInt(pair[1]);
            } else if (pair[0].equals("t")) {
                t = Integer.parseInt(pair[1]);
            }
        }
        Base64.Decoder dec = Base64.getDecoder();
        String expected = compute(password, dec.decode(parts[4]), m, t);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
    }

    private String compute(String password, byte[] salt, int memoryKib, int iterations) {
        // The same UTF-8 conversion Bouncy Castle applied to char[] passwords before engines were
        // pluggable, so every stored hash still verifies.
        byte[] out = engine.argon2id(Strings.toUTF8ByteArray(password.toCharArray()), salt, memoryKib, iterations, HASH_BYTES);
        Base64.Encoder enc = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=1$" + enc.encodeToString(salt) + "$"
            + enc.encodeToString(out);
    }

    private <T> T withSlot(java.util.function.Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new TooManyRequestsException("The server is busy checking passwords; retry in a moment.", 2);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
