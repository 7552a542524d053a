package de.cet.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.identity.application.IdentityConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeysTest {

    static IdentityConfig config(String privateKey, String publicKey) {
        IdentityConfig.Jwt jwt = new IdentityConfig.Jwt() {
            public String issuer() { return "https://cet.example"; }
            public String audience() { return "cet-api"; }
            public Optional<String> privateKeyLocation() { return Optional.ofNullable(privateKey); }
            public Optional<String> publicKeyLocation() { return Optional.ofNullable(publicKey); }
            public Duration clockSkew() { return Duration.ofSeconds(5); }
        };
        return new IdentityConfig() {
            public Jwt jwt() { return jwt; }
            public Duration accessTokenTtl() { return Duration.ofMinutes(10); }
            public Duration refreshIdleTtl() { return Duration.ofDays(14); }
            public Duration refreshAbsoluteTtl() { return Duration.ofDays(60); }
            public boolean singleSession() { return false; }
            public boolean mfaRequired() { return false; }
            public Duration invitationTtl() { return Duration.ofDays(7); }
            public Duration verificationTtl() { return Duration.ofDays(2); }
            public Duration passwordResetTtl() { return Duration.ofMinutes(30); }
            public Duration mfaChallengeTtl() { return Duration.ofMinutes(5); }
            public Argon2 argon2() { throw new UnsupportedOperationException(); }
            public int hashConcurrency() { return 1; }
            public Duration hashWait() { return Duration.ZERO; }
            public Throttle throttle() { throw new UnsupportedOperationException(); }
            public PasswordReset passwordReset() { throw new UnsupportedOperationException(); }
            public Passkeys passkeys() { throw new UnsupportedOperationException(); }
        };
    }

    @Test
    void aKeyPairIsGeneratedOnFirstStartWithAPrivateFileAndReusedAfterwards(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        JwtKeys first = new JwtKeys(config(null, null), data.toString());
        Path privateFile = data.resolve(JwtKeys.PRIVATE_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile)));
        JwtKeys second = new JwtKeys(config(null, null), data.toString());
        assertEquals(first.publicKey(), second.publicKey());
        assertEquals(first.privateKey(), second.privateKey());
    }

    @Test
    void configuredKeysWin(@TempDir Path dir) {
        Path generated = dir.resolve("other");
        new JwtKeys(config(null, null), generated.toString());
        JwtKeys own = new JwtKeys(config(null, null), dir.resolve("data").toString());
        JwtKeys configured = new JwtKeys(config(generated.resolve(JwtKeys.PRIVATE_FILE).toString(),
            generated.resolve(JwtKeys.PUBLIC_FILE).toString()), dir.resolve("data").toString());
        assertNotEquals(own.publicKey(), configured.publicKey());
        assertEquals(new JwtKeys(config(null, null), generated.toString()).publicKey(), configured.publicKey());
    }

    @Test
    void halfAConfiguredPairIsRefused(@TempDir Path dir) {
        assertThrows(IllegalStateException.class,
            () -> new JwtKeys(config(dir.resolve("x.pem").toString(), null), dir.toString()));
    }
}
