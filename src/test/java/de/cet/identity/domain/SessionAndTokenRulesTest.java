package de.cet.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.books.domain.BookRole;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionAndTokenRulesTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aSessionEndsWhenIdleForTooLong() {
        Session s = Session.open(UUID.randomUUID(), T0, Duration.ofDays(14), Duration.ofDays(60), "ua", "1.2.3.4", false);
        assertTrue(s.isActive(T0.plus(Duration.ofDays(13))));
        assertFalse(s.isActive(T0.plus(Duration.ofDays(14))));
    }

    @Test
    void useKeepsASessionAliveButNeverPastItsAbsoluteLimit() {
        Session s = Session.open(UUID.randomUUID(), T0, Duration.ofDays(14), Duration.ofDays(20), null, null, false);
        s.touch(T0.plus(Duration.ofDays(10)), Duration.ofDays(14));
        assertTrue(s.isActive(T0.plus(Duration.ofDays(19))));
        assertEquals(T0.plus(Duration.ofDays(20)), s.idleExpiresAt());
        assertFalse(s.isActive(T0.plus(Duration.ofDays(20))));
    }

    @Test
    void aRevokedSessionStaysRevoked() {
        Session s = Session.open(UUID.randomUUID(), T0, Duration.ofDays(14), Duration.ofDays(60), null, null, false);
        s.revoke(T0, "logout");
        s.revoke(T0.plusSeconds(5), "other");
        assertFalse(s.isActive(T0));
        assertEquals("logout", s.revokeReason());
    }

    @Test
    void aRefreshTokenIsUsableOnce() {
        RefreshToken t = new RefreshToken("h", UUID.randomUUID(), T0);
        assertTrue(t.use(T0));
        assertFalse(t.use(T0.plusSeconds(1)));
    }

    @Test
    void aTotpStepIsAcceptedOnceAndNeverAnEarlierOne() {
        User u = User.invited("A@Example.org", "A", "$argon2id$x", "de", false, T0);
        assertEquals("a@example.org", u.email());
        u.beginTotpEnrollment("SECRET");
        assertTrue(u.acceptTotpStep(100));
        assertFalse(u.acceptTotpStep(100));
        assertFalse(u.acceptTotpStep(99));
        assertTrue(u.acceptTotpStep(101));
    }

    @Test
    void anInvitationIsOpenUntilAcceptedRevokedOrExpired() {
        Invitation i = Invitation.intoBook("h", "x@example.org", UUID.randomUUID(), BookRole.MEMBER, UUID.randomUUID(),
            T0, T0.plus(Duration.ofDays(7)));
        assertTrue(i.isOpen(T0.plus(Duration.ofDays(6))));
        assertFalse(i.isOpen(T0.plus(Duration.ofDays(7))));
        i.accept(UUID.randomUUID(), T0);
        assertFalse(i.isOpen(T0));
        assertThrows(IllegalStateException.class, () -> i.accept(UUID.randomUUID(), T0));
    }

    @Test
    void aOneTimeTokenServesOnlyItsPurposeOnceBeforeExpiry() {
        OneTimeToken t = new OneTimeToken("h", OneTimeToken.Purpose.PASSWORD_RESET, UUID.randomUUID(), "a@b.c", T0,
            T0.plus(Duration.ofMinutes(30)));
        assertFalse(t.usable(OneTimeToken.Purpose.EMAIL_CHANGE, T0));
        assertFalse(t.usable(OneTimeToken.Purpose.PASSWORD_RESET, T0.plus(Duration.ofMinutes(30))));
        assertTrue(t.usable(OneTimeToken.Purpose.PASSWORD_RESET, T0));
        t.use(T0);
        assertFalse(t.usable(OneTimeToken.Purpose.PASSWORD_RESET, T0));
    }
}
