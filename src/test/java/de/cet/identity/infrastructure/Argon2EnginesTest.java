package de.cet.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import de.cet.identity.application.BouncyCastleArgon2;
import org.junit.jupiter.api.Test;

/** Which engine computes the hashes: native where installed and allowed, Bouncy Castle otherwise. */
class Argon2EnginesTest {

    @Test
    void theInstalledLibraryIsChosenWhenAllowed() {
        assertInstanceOf(NativeArgon2.class, Argon2Engines.choose(true, Argon2Engines.LIBRARY_NAMES));
    }

    @Test
    void aMissingLibraryOrCetArgon2NativeFalseFallsBackToBouncyCastle() {
        assertInstanceOf(BouncyCastleArgon2.class, Argon2Engines.choose(true, "cet-no-such-argon2-library"));
        assertInstanceOf(BouncyCastleArgon2.class, Argon2Engines.choose(false, Argon2Engines.LIBRARY_NAMES));
    }
}
