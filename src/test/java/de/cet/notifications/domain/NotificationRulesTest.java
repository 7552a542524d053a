package de.cet.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    static final Instant NOW = Instant.parse("2026-03-10T06:00:00Z");

    @Test
    void everyKindDefaultsToMailAndInboxAndHasItsTemplate() {
        Preferences defaults = Preferences.defaults();
        for (NotificationKind kind : NotificationKind.values()) {
            assertEquals(Channels.BOTH, defaults.channels(kind));
        }
        assertEquals(DigestCadence.NONE, defaults.digest());
        assertEquals("notification-approval-requested", NotificationKind.APPROVAL_REQUESTED.template());
        assertEquals("notification-budget-80", NotificationKind.BUDGET_80.template());
        assertTrue(NotificationKind.SECURITY.alwaysOn());
        assertFalse(NotificationKind.BACKUP_FAILED.alwaysOn());
        assertTrue(defaults.deviations().isEmpty());
    }

    @Test
    void choicesAreKeptAndOnlyDeviationsStored() {
        Preferences p = Preferences.of(Map.of(
            NotificationKind.CLAIM_APPROVED, new Channels(false, true),
            NotificationKind.BUDGET_80, new Channels(false, false),
            NotificationKind.PERIOD_ENDING, Channels.BOTH), DigestCadence.WEEKLY);
        assertEquals(new Channels(false, true), p.channels(NotificationKind.CLAIM_APPROVED));
        assertFalse(p.channels(NotificationKind.BUDGET_80).any());
        assertTrue(new Channels(true, false).any());
        assertTrue(new Channels(false, true).any());
        assertEquals(Channels.BOTH, p.channels(NotificationKind.CLAIM_REJECTED));
        assertEquals(DigestCadence.WEEKLY, p.digest());
        assertEquals(Map.of(NotificationKind.CLAIM_APPROVED, new Channels(false, true),
            NotificationKind.BUDGET_80, new Channels(false, false)), p.deviations());
        assertEquals(DigestCadence.NONE, Preferences.of(Map.of(), null).digest());
    }

    @Test
    void securityCannotBeSwitchedOffByEitherChannel() {
        var off = assertThrows(Preferences.AlwaysOnException.class, () ->
            Preferences.of(Map.of(NotificationKind.SECURITY, new Channels(false, true)), DigestCadence.NONE));
        assertEquals(NotificationKind.SECURITY, off.kind());
        assertThrows(Preferences.AlwaysOnException.class, () ->
            Preferences.of(Map.of(NotificationKind.SECURITY, new Channels(true, false)), DigestCadence.NONE));
        Preferences on = Preferences.of(Map.of(NotificationKind.SECURITY, Channels.BOTH), DigestCadence.NONE);
        assertEquals(Channels.BOTH, on.channels(NotificationKind.SECURITY));
        assertTrue(on.deviations().isEmpty());
    }

    @Test
    void digestsAreDueOncePerIntervalWithAnHourOfSlack() {
        assertFalse(DigestCadence.NONE.isDue(null, NOW));
        assertFalse(DigestCadence.NONE.isDue(NOW.minus(Duration.ofDays(30)), NOW));
        assertTrue(DigestCadence.DAILY.isDue(null, NOW));
        assertTrue(DigestCadence.DAILY.isDue(NOW.minus(Duration.ofHours(24)), NOW));
        assertTrue(DigestCadence.DAILY.isDue(NOW.minus(Duration.ofHours(23)), NOW), "yesterday's run was a little later");
        assertFalse(DigestCadence.DAILY.isDue(NOW.minus(Duration.ofHours(22)), NOW));
        assertFalse(DigestCadence.DAILY.isDue(NOW, NOW), "just sent");
        assertTrue(DigestCadence.WEEKLY.isDue(NOW.minus(Duration.ofDays(7)), NOW));
        assertFalse(DigestCadence.WEEKLY.isDue(NOW.minus(Duration.ofDays(6)), NOW));
        assertTrue(DigestCadence.WEEKLY.isDue(null, NOW));
    }

    @Test
    void theFirstDigestLooksOneIntervalBack() {
        Instant last = NOW.minus(Duration.ofHours(30));
        assertEquals(last, DigestCadence.DAILY.since(last, NOW));
        assertEquals(NOW.minus(Duration.ofDays(1)), DigestCadence.DAILY.since(null, NOW));
        assertEquals(NOW.minus(Duration.ofDays(7)), DigestCadence.WEEKLY.since(null, NOW));
        assertEquals(NOW, DigestCadence.NONE.since(null, NOW));
    }

    @Test
    void aPeriodIsEndingFromTheLeadDaysUpToItsLastDay() {
        PeriodEnding rule = new PeriodEnding(7);
        LocalDate end = LocalDate.of(2026, 3, 31);
        assertFalse(rule.isEnding(end, LocalDate.of(2026, 3, 23)));
        assertTrue(rule.isEnding(end, LocalDate.of(2026, 3, 24)));
        assertTrue(rule.isEnding(end, end));
        assertFalse(rule.isEnding(end, LocalDate.of(2026, 4, 1)), "over: closing is another matter");
        assertTrue(new PeriodEnding(0).isEnding(end, end));
        assertFalse(new PeriodEnding(0).isEnding(end, end.minusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new PeriodEnding(-1));
        assertEquals(1, PeriodEnding.daysLeft(end, end));
        assertEquals(8, PeriodEnding.daysLeft(end, LocalDate.of(2026, 3, 24)));
        // February of a leap year
        assertEquals(5, PeriodEnding.daysLeft(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 25)));
    }

    @Test
    void aNotificationNeedsItsParts() {
        UUID id = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        Notification n = new Notification(id, user, NotificationKind.SECURITY, null, null, "t", "b", NOW, null);
        assertTrue(n.unread());
        assertFalse(new Notification(id, user, NotificationKind.SECURITY, null, null, "t", "b", NOW, NOW).unread());
        assertThrows(NullPointerException.class, () -> new Notification(null, user, NotificationKind.SECURITY, null, null, "t", "b", NOW, null));
        assertThrows(NullPointerException.class, () -> new Notification(id, null, NotificationKind.SECURITY, null, null, "t", "b", NOW, null));
        assertThrows(NullPointerException.class, () -> new Notification(id, user, null, null, null, "t", "b", NOW, null));
        assertThrows(NullPointerException.class, () -> new Notification(id, user, NotificationKind.SECURITY, null, null, null, "b", NOW, null));
        assertThrows(NullPointerException.class, () -> new Notification(id, user, NotificationKind.SECURITY, null, null, "t", null, NOW, null));
        assertThrows(NullPointerException.class, () -> new Notification(id, user, NotificationKind.SECURITY, null, null, "t", "b", null, null));
    }
}
