package de.cet.identity.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.identity.infrastructure.NativeArgon2;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The native library and Bouncy Castle are interchangeable: the same tags on fixed vectors (computed with
 * libargon2's reference implementation), and a password hashed by either verifies with the other. This
 * needs Debian's libargon2-1, which .ci/run and the images install; without it the test fails on purpose.
 */
class Argon2EnginesAgreeTest {

    private static final HexFormat HEX = HexFormat.of();

    private final Argon2Engine bouncyCastle = new BouncyCastleArgon2();
    private final Argon2Engine nativeLibrary = loadNative();

    private static Argon2Engine loadNative() {
        try {
            return NativeArgon2.load("argon2", "libargon2.so.1");
        } catch (UnsatisfiedLinkError e) {
            throw new AssertionError("libargon2 is not installed (apt-get install libargon2-1): " + e.getMessage(), e);
        }
    }

    @Test
    void bothComputeTheReferenceTagsOfFixedVectors() {
        record Vector(String password, String saltHex, int memoryKib, int iterations, String tagHex) {}
        Vector[] vectors = {
            new Vector("plum tractor velvet origami 47", HEX.formatHex("0123456789abcdef".getBytes(StandardCharsets.US_ASCII)),
                19456, 2, "8aa44b691e3a2f12317f2fb30587054c1bc07e73626eaa50d2ad02d96f89734a"),
            new Vector("Grüße, 🔑 Schlüssel", "000102030405060708090a0b0c0d0e0f", 19456, 3,
                "d4663224061c26785200bd792407d487ddfd1a22ea14d970ec778e72edcfdf19"),
            new Vector("x", HEX.formatHex("saltsaltsaltsalt".getBytes(StandardCharsets.US_ASCII)), 32768, 2,
                "9cf326c67552f87a8bc7e8e190e5fa08ae5f90e6ee97533d86bf44b0b8deaa3b"),
        };
        for (Vector v : vectors) {
            byte[] password = v.password().getBytes(StandardCharsets.UTF_8);
            byte[] salt = HEX.parseHex(v.saltHex());
            byte[] expected = HEX.parseHex(v.tagHex());
            assertArrayEquals(expected, bouncyCastle.argon2id(password, salt, v.memoryKib(), v.iterations(), 32), v.password());
            assertArrayEquals(expected, nativeLibrary.argon2id(password, salt, v.memoryKib(), v.iterations(), 32), v.password());
        }
    }

    @Test
    void aHashStoredByEitherVerifiesWithTheOther() {
        IdentityConfig config = PasswordHasherTest.config(19456, 2, 2, Duration.ofSeconds(30));
        PasswordHasher withNative = new PasswordHasher(config, nativeLibrary);
        PasswordHasher withBouncyCastle = new PasswordHasher(config, bouncyCastle);
        String password = "Fraktionskasse 2026 – Grüße ✓";

        String byNative = withNative.hash(password);
        assertTrue(withBouncyCastle.verify(password, byNative), byNative);
        assertFalse(withBouncyCastle.verify(password + " ", byNative));

        String byBouncyCastle = withBouncyCastle.hash(password);
        assertTrue(withNative.verify(password, byBouncyCastle), byBouncyCastle);
        assertFalse(withNative.verify("fraktionskasse 2026 – Grüße ✓", byBouncyCastle));
    }
}
