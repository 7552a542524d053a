package de.cet.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.books.domain.BookRole;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A user's profile, password, address and second factor, and the records kept about sign-ins. */
class AccountSecurityRulesTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private User anna() {
        return User.invited("  Anna@Example.ORG ", "  Anna Meier ", "$argon2id$old", "de", false, T0);
    }

    @Test
    void invitedUserStartsVerifiedWithTrimmedNameAndNoSecondFactor() {
        User u = anna();
        assertEquals("anna@example.org", u.email());
        assertEquals("Anna Meier", u.displayName());
        assertEquals("$argon2id$old", u.passwordHash());
        assertEquals("de", u.locale());
        assertTrue(u.emailVerified());
        assertFalse(u.instanceAdmin());
        assertFalse(u.disabled());
        assertFalse(u.totpEnabled());
        assertNull(u.totpSecret());
        assertEquals(T0, u.createdAt());
        assertNotEquals(anna().id(), u.id());
    }

    @Test
    void emailAddressesAreRecognisedByShapeAndLength() {
        assertTrue(User.looksLikeEmail("anna@example.org"));
        assertTrue(User.looksLikeEmail(" anna@example.org "));
        assertFalse(User.looksLikeEmail(null));
        assertFalse(User.looksLikeEmail("anna@localhost"));
        assertFalse(User.looksLikeEmail("anna meier@example.org"));
        assertFalse(User.looksLikeEmail("a".repeat(310) + "@example.org"));
        assertNull(User.normalizeEmail(null));
    }

    @Test
    void profileChangesOnlyWhatIsGivenAndStaysValid() {
        User u = anna();
        u.changeProfile(null, "en");
        assertEquals("Anna Meier", u.displayName());
        assertEquals("en", u.locale());
        u.changeProfile(" Anna M. ", null);
        assertEquals("Anna M.", u.displayName());
        assertEquals("en", u.locale());

        assertThrows(IllegalArgumentException.class, () -> u.changeProfile(" ", null));
        assertThrows(IllegalArgumentException.class, () -> u.changeProfile("x".repeat(201), null));
        assertThrows(IllegalArgumentException.class, () -> u.changeProfile(null, "fr"));
        assertThrows(IllegalArgumentException.class, () -> User.validDisplayName(null));
        assertThrows(IllegalArgumentException.class, () -> User.validLocale(null));
        assertEquals("Anna M.", u.displayName());
        assertEquals("en", u.locale());
    }

    @Test
    void passwordAndAddressChangeAndAProvenAddressCountsAsVerified() {
        User u = anna();
        u.changePassword("$argon2id$new");
        assertEquals("$argon2id$new", u.passwordHash());
        assertThrows(NullPointerException.class, () -> u.changePassword(null));

        u.changeEmail(" Anna.Meier@Example.org");
        assertEquals("anna.meier@example.org", u.email());
        assertTrue(u.emailVerified());
    }

    @Test
    void instanceAdminRightsAndDisablingAreKeptOnTheUser() {
        User u = anna();
        u.grantInstanceAdmin();
        assertTrue(u.instanceAdmin());
        u.disable();
        assertTrue(u.disabled());
        u.enable();
        assertFalse(u.disabled());
    }

    @Test
    void secondFactorIsOnOnlyAfterEnrollmentIsConfirmedAndOffForgetsTheSecret() {
        User u = anna();
        assertThrows(IllegalStateException.class, u::enableTotp);
        u.beginTotpEnrollment("JBSWY3DPEHPK3PXP");
        assertFalse(u.totpEnabled());
        u.enableTotp();
        assertTrue(u.totpEnabled());
        assertEquals("JBSWY3DPEHPK3PXP", u.totpSecret());
        assertThrows(IllegalStateException.class, () -> u.beginTotpEnrollment("OTHER"));
        assertTrue(u.acceptTotpStep(7));

        u.disableTotp();
        assertFalse(u.totpEnabled());
        assertNull(u.totpSecret());
        assertTrue(u.acceptTotpStep(7), "a new enrollment starts without remembered steps");
        assertThrows(IllegalStateException.class, u::enableTotp);
    }

    @Test
    void administratorInvitationCarriesNoBook() {
        Invitation i = Invitation.instanceAdministrator("hash", " Admin@Example.org", T0, T0.plus(Duration.ofDays(2)));
        assertTrue(i.instanceAdmin());
        assertNull(i.bookId());
        assertNull(i.role());
        assertNull(i.invitedBy());
        assertEquals("admin@example.org", i.email());
        assertEquals(T0, i.createdAt());
        assertEquals(T0.plus(Duration.ofDays(2)), i.expiresAt());
    }

    @Test
    void bookInvitationIsRevokedOnceAndNotAfterItWasAccepted() {
        UUID book = UUID.randomUUID();
        UUID inviter = UUID.randomUUID();
        Invitation open = Invitation.intoBook("h1", "x@example.org", book, BookRole.TREASURER, inviter, T0,
            T0.plus(Duration.ofDays(7)));
        assertEquals(book, open.bookId());
        assertEquals(BookRole.TREASURER, open.role());
        assertEquals(inviter, open.invitedBy());
        assertFalse(open.instanceAdmin());

        open.revoke(T0.plusSeconds(10));
        open.revoke(T0.plusSeconds(20));
        assertEquals(T0.plusSeconds(10), open.revokedAt());
        assertFalse(open.isOpen(T0.plusSeconds(30)));
        assertThrows(IllegalStateException.class, () -> open.accept(UUID.randomUUID(), T0.plusSeconds(30)));

        Invitation accepted = Invitation.intoBook("h2", "y@example.org", book, BookRole.MEMBER, inviter, T0,
            T0.plus(Duration.ofDays(7)));
        accepted.accept(UUID.randomUUID(), T0.plusSeconds(5));
        accepted.revoke(T0.plusSeconds(10));
        assertEquals(T0.plusSeconds(5), accepted.acceptedAt());
        assertNull(accepted.revokedAt(), "an accepted invitation is history, not revocable");
        assertNotEquals(open.id(), accepted.id());
    }

    @Test
    void oneTimeTokenIsUsedOnlyOnce() {
        UUID user = UUID.randomUUID();
        OneTimeToken t = new OneTimeToken("h", OneTimeToken.Purpose.EMAIL_CHANGE, user, "new@example.org", T0,
            T0.plus(Duration.ofHours(1)));
        assertEquals(user, t.userId());
        assertEquals("new@example.org", t.email());
        assertEquals(OneTimeToken.Purpose.EMAIL_CHANGE, t.purpose());
        t.use(T0);
        assertThrows(IllegalStateException.class, () -> t.use(T0.plusSeconds(1)));
    }

    @Test
    void refreshTokenRemembersItsSessionAndWhenItWasUsed() {
        UUID session = UUID.randomUUID();
        RefreshToken t = new RefreshToken("h", session, T0);
        assertEquals(session, t.sessionId());
        assertNull(t.usedAt());
        t.use(T0.plusSeconds(3));
        assertEquals(T0.plusSeconds(3), t.usedAt());
    }

    @Test
    void recoveryCodeWorksOnce() {
        RecoveryCode code = new RecoveryCode(UUID.randomUUID(), "codehash");
        assertEquals("codehash", code.codeHash());
        assertNull(code.usedAt());
        assertTrue(code.use(T0));
        assertFalse(code.use(T0.plusSeconds(1)));
        assertEquals(T0, code.usedAt());
    }

    @Test
    void sessionKeepsWhoWhereAndHowItSignedInWithALongUserAgentCut() {
        UUID user = UUID.randomUUID();
        Session s = Session.open(user, T0, Duration.ofDays(14), Duration.ofDays(60), "M".repeat(400), "10.0.0.1", true);
        assertEquals(user, s.userId());
        assertEquals(T0, s.createdAt());
        assertEquals(T0, s.lastUsedAt());
        assertEquals(T0.plus(Duration.ofDays(60)), s.absoluteExpiresAt());
        assertEquals(300, s.userAgent().length());
        assertEquals("10.0.0.1", s.ip());
        assertTrue(s.mfaComplete());
        assertNull(s.revokedAt());
        assertNotEquals(Session.open(user, T0, Duration.ofDays(1), Duration.ofDays(2), null, null, false).id(), s.id());

        s.touch(T0.plus(Duration.ofDays(1)), Duration.ofDays(14));
        assertEquals(T0.plus(Duration.ofDays(1)), s.lastUsedAt());
        s.revoke(T0.plus(Duration.ofDays(2)), "logout");
        assertEquals(T0.plus(Duration.ofDays(2)), s.revokedAt());
    }

    @Test
    void sessionEndsAtItsAbsoluteLimitEvenWhenTheIdleLimitIsLonger() {
        Session s = Session.open(UUID.randomUUID(), T0, Duration.ofDays(30), Duration.ofDays(7), null, null, false);
        assertTrue(s.isActive(T0.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertFalse(s.isActive(T0.plus(Duration.ofDays(7))));
    }

    @Test
    void passwordResetRequestKeepsANormalisedAddressAndAShortSource() {
        PasswordResetRequest r = new PasswordResetRequest(" Anna@Example.org ", "2001:db8::1", T0);
        assertEquals("anna@example.org", r.email());
        assertEquals("2001:db8::1", r.source());
        assertEquals(T0, r.requestedAt());
        assertNull(r.processedAt());
        assertFalse(r.mailed());
        assertNotEquals(new PasswordResetRequest("a@b.cd", "x", T0).id(), r.id());

        assertEquals("unknown", new PasswordResetRequest("a@b.cd", null, T0).source());
        assertEquals("unknown", new PasswordResetRequest("a@b.cd", " ", T0).source());
        assertEquals(PasswordResetRequest.SOURCE_LENGTH,
            new PasswordResetRequest("a@b.cd", "s".repeat(100), T0).source().length());
    }

    @Test
    void processedResetRequestRecordsWhetherAMailWentOut() {
        PasswordResetRequest r = new PasswordResetRequest("a@b.cd", "10.0.0.1", T0);
        r.processed(T0.plusSeconds(2), true);
        assertEquals(T0.plusSeconds(2), r.processedAt());
        assertTrue(r.mailed());
    }

    @Test
    void securityEventKeepsAtMostFiveHundredCharactersOfDetail() {
        UUID user = UUID.randomUUID();
        SecurityEvent e = new SecurityEvent(user, SecurityEvent.Type.LOGIN_FAILED, T0, "10.0.0.1", "d".repeat(600));
        assertEquals(user, e.userId());
        assertEquals(SecurityEvent.Type.LOGIN_FAILED, e.type());
        assertEquals(T0, e.occurredAt());
        assertEquals("10.0.0.1", e.ip());
        assertEquals(500, e.detail().length());
        assertNotEquals(new SecurityEvent(user, SecurityEvent.Type.LOGGED_OUT, T0, null, null).id(), e.id());
        assertNull(new SecurityEvent(user, SecurityEvent.Type.LOGGED_OUT, T0, null, null).detail());
        assertEquals("short", new SecurityEvent(user, SecurityEvent.Type.THROTTLED, T0, null, "short").detail());
    }
}
