package de.cet.identity.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.error.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Password policy, TOTP (RFC 6238 test vector) and secrets, without Quarkus. */
class CredentialsTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void passwordsNeedTwelveCharactersAndNoCompositionRules() {
        assertThrows(InvalidInputException.class, () -> policy.check("p", "eleven char", null, null));
        assertDoesNotThrow(() -> policy.check("p", "correct horse battery staple", null, null));
        assertDoesNotThrow(() -> policy.check("p", "ünïcödé wörds fröm äll över", null, null));
        assertDoesNotThrow(() -> policy.check("p", "a".repeat(0) + "lantern quiet maple harbor x".repeat(4).substring(0, 112), null, null));
        assertThrows(InvalidInputException.class, () -> policy.check("p", "x".repeat(129), null, null));
    }

    @Test
    void commonAndPersonalPasswordsAreRefused() {
        assertThrows(InvalidInputException.class, () -> policy.check("p", "password1234", null, null));
        assertThrows(InvalidInputException.class, () -> policy.check("p", "qwertyuiop123", null, null));
        assertThrows(InvalidInputException.class,
            () -> policy.check("p", "erika.mustermann!!", "erika.mustermann@example.org", "Erika"));
        assertThrows(InvalidInputException.class,
            () -> policy.check("p", "Mustermann forever 1", "e@example.org", "Erika Mustermann"));
    }

    @Test
    void totpMatchesTheRfc6238TestVector() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits: 287082.
        String secret = new org.apache.commons.codec.binary.Base32().encodeToString("12345678901234567890".getBytes())
            .replace("=", "");
        assertEquals("287082", Totp.code(secret, Instant.ofEpochSecond(59)));
        assertTrue(Totp.matchingStep(secret, "287082", Instant.ofEpochSecond(59)).isPresent());
        assertTrue(Totp.matchingStep(secret, "287082", Instant.ofEpochSecond(59 + 30)).isPresent());
        assertFalse(Totp.matchingStep(secret, "287082", Instant.ofEpochSecond(59 + 60)).isPresent());
        assertFalse(Totp.matchingStep(secret, "28708", Instant.ofEpochSecond(59)).isPresent());
    }

    @Test
    void tokensCarry256BitsAndAreStoredAsHashes() {
        String token = Secrets.token(32);
        assertEquals(43, token.length());
        assertEquals(64, Secrets.sha256(token).length());
        assertFalse(Secrets.token(32).equals(token));
    }

    @Test
    void otpauthUriNamesIssuerAndAccount() {
        String uri = Totp.otpauthUri("CET", "a b@example.org", "ABC");
        assertEquals("otpauth://totp/CET:a%20b%40example.org?secret=ABC&issuer=CET&algorithm=SHA1&digits=6&period=30", uri);
    }
}
