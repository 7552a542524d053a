package de.cet.identity.infrastructure;

import de.cet.identity.application.Argon2Engine;
import de.cet.identity.application.BouncyCastleArgon2;
import de.cet.identity.application.IdentityConfig;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Arrays;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * Chooses how Argon2id is computed (docs/adr/0010-native-argon2.md): the native libargon2 when it is
 * installed and computes the same bytes as Bouncy Castle on a known vector, Bouncy Castle otherwise or
 * when CET_ARGON2_NATIVE=false. A native executable (-Pnative, quarkus.native.enabled=true) gets
 * {@link NativeImageArgon2Engine} instead: this bean is left out of that build, so JNA is never reachable
 * for GraalVM.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.native.enabled", stringValue = "false", enableIfMissing = true)
public class Argon2Engines {

    private static final Logger LOG = Logger.getLogger(Argon2Engines.class);
    static final String[] LIBRARY_NAMES = {"argon2", "libargon2.so.1"};

    @Produces
    @ApplicationScoped
    Argon2Engine engine(IdentityConfig config) {
        Argon2Engine engine = choose(config.argon2().useNative(), LIBRARY_NAMES);
        LOG.infof("Password hashes are computed by %s", engine.description());
        return engine;
    }

    /** The native engine if allowed, loadable and in agreement with Bouncy Castle; Bouncy Castle otherwise. */
    static Argon2Engine choose(boolean allowNative, String... libraryNames) {
        Argon2Engine fallback = new BouncyCastleArgon2();
        if (!allowNative) {
            return fallback;
        }
        NativeArgon2 candidate;
        try {
            candidate = NativeArgon2.load(libraryNames);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.infof("libargon2 not available (%s); install libargon2-1 for cheaper sign-ins",
                e.getMessage());
            return fallback;
        }
        // A cheap known-answer check: a library that computed other bytes would lock every user out.
        byte[] password = "known answer".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] salt = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        byte[] expected = fallback.argon2id(password, salt, 64, 2, 32);
        byte[] actual;
        try {
            actual = candidate.argon2id(password, salt, 64, 2, 32);
        } catch (RuntimeException e) {
            LOG.warnf("libargon2 failed its self-test (%s); using Bouncy Castle", e.getMessage());
            return fallback;
        }
        if (!Arrays.equals(expected, actual)) {
            LOG.warn("libargon2 computed other bytes than Bouncy Castle on a known vector; using Bouncy Castle");
            return fallback;
        }
        return candidate;
    }
}
