package de.cet.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PasskeyTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final UUID USER = UUID.randomUUID();

    @Test
    void aNewPasskeyKeepsWhatTheAuthenticatorSaidAndAPlainName() {
        Passkey p = new Passkey(USER, "Y3JlZA", "cose", 7, "  Laptop ", true, false, NOW);
        assertNotEquals(null, p.id());
        assertEquals(USER, p.userId());
        assertEquals("Y3JlZA", p.credentialId());
        assertEquals("cose", p.publicKeyCose());
        assertEquals(7, p.signatureCount());
        assertEquals("Laptop", p.name());
        assertTrue(p.backupEligible());
        assertFalse(p.backedUp());
        assertEquals(NOW, p.createdAt());
        assertNull(p.lastUsedAt());
        assertThrows(IllegalArgumentException.class, () -> new Passkey(USER, "c", "k", -1, "x", false, false, NOW));
    }

    @Test
    void namesAreTrimmedDefaultedCutAndFreeOfControlCharacters() {
        assertEquals("Passkey", Passkey.normalizeName(null));
        assertEquals("Passkey", Passkey.normalizeName("   "));
        assertEquals("Schlüssel „Büro“", Passkey.normalizeName(" Schlüssel „Büro“ "));
        assertEquals(Passkey.MAX_NAME, Passkey.normalizeName("x".repeat(300)).length());
        assertNull(Passkey.normalizeName("bad\nname"));
        assertNull(Passkey.normalizeName("bad\u0000"));
    }

    @Test
    void aSignInMovesTheCounterForwardButNeverBack() {
        Passkey p = new Passkey(USER, "c", "k", 3, "Key", true, false, NOW);
        p.used(5, true, NOW.plusSeconds(60));
        assertEquals(5, p.signatureCount());
        assertTrue(p.backedUp());
        assertEquals(NOW.plusSeconds(60), p.lastUsedAt());
        p.used(5, true, NOW.plusSeconds(90)); // an authenticator that does not count (0 → 0) stays allowed
        assertThrows(IllegalArgumentException.class, () -> p.used(4, true, NOW.plusSeconds(120)));
        assertEquals(5, p.signatureCount());
    }

    @Test
    void aRegistrationCeremonyIsSpentOnceByItsUserAndSessionBeforeItExpires() {
        UUID session = UUID.randomUUID();
        PasskeyCeremony c = PasskeyCeremony.registration(USER, session, "{}", NOW, Duration.ofMinutes(5));
        assertEquals(PasskeyCeremony.Kind.REGISTRATION, c.kind());
        assertEquals(USER, c.userId());
        assertEquals(session, c.sessionId());
        assertEquals("{}", c.requestJson());
        assertEquals(NOW.plusSeconds(300), c.expiresAt());
        assertNotEquals(null, c.id());

        assertFalse(c.spend(PasskeyCeremony.Kind.AUTHENTICATION, USER, session, NOW), "another kind");
        assertFalse(c.spend(PasskeyCeremony.Kind.REGISTRATION, UUID.randomUUID(), session, NOW), "another user");
        assertFalse(c.spend(PasskeyCeremony.Kind.REGISTRATION, USER, UUID.randomUUID(), NOW), "another session");
        assertFalse(c.spend(PasskeyCeremony.Kind.REGISTRATION, USER, session, NOW.plusSeconds(300)), "expired");
        assertNull(c.usedAt());
        assertTrue(c.spend(PasskeyCeremony.Kind.REGISTRATION, USER, session, NOW.plusSeconds(10)));
        assertEquals(NOW.plusSeconds(10), c.usedAt());
        assertFalse(c.spend(PasskeyCeremony.Kind.REGISTRATION, USER, session, NOW.plusSeconds(11)), "used");
    }

    @Test
    void aSignInCeremonyBelongsToNobodyAndIsSpentOnce() {
        PasskeyCeremony c = PasskeyCeremony.authentication("{}", NOW, Duration.ofMinutes(5));
        assertNull(c.userId());
        assertNull(c.sessionId());
        assertFalse(c.spend(PasskeyCeremony.Kind.REGISTRATION, null, null, NOW));
        assertTrue(c.spend(PasskeyCeremony.Kind.AUTHENTICATION, null, null, NOW));
        assertFalse(c.spend(PasskeyCeremony.Kind.AUTHENTICATION, null, null, NOW));
    }

    @Test
    void aRegistrationNeedsAUserAndASession() {
        assertThrows(IllegalArgumentException.class, () -> PasskeyCeremony.registration(null, UUID.randomUUID(), "{}", NOW, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> PasskeyCeremony.registration(USER, null, "{}", NOW, Duration.ZERO));
    }
}
