package de.cet.backup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackupRunTest {

    private static final Instant T0 = Instant.parse("2026-11-21T02:30:00Z");
    private static final String SHA = "a".repeat(64);

    @Test
    void aRunEndsOnceAsSucceededWithItsFile() {
        BackupRun run = BackupRun.start(BackupTrigger.SCHEDULED, T0);
        assertEquals(BackupStatus.RUNNING, run.status());
        run.succeed("cet-backup-x.zip.pgp", 1234, SHA, T0.plusSeconds(2));
        assertEquals(BackupStatus.SUCCEEDED, run.status());
        assertEquals(T0.plusSeconds(2), run.finishedAt());
        assertThrows(IllegalStateException.class, () -> run.fail("late", T0.plusSeconds(3)));
        assertEquals(BackupStatus.SUCCEEDED, run.status());
    }

    @Test
    void aFailedRunKeepsItsReasonAndCannotSucceedAfterwards() {
        BackupRun run = BackupRun.start(BackupTrigger.ON_DEMAND, T0);
        run.fail("disk full", T0.plusSeconds(1));
        assertEquals("disk full", run.error());
        assertThrows(IllegalStateException.class, () -> run.succeed("f", 1, SHA, T0));
    }

    @Test
    void successNeedsAFileASizeAndAChecksum() {
        BackupRun run = BackupRun.start(BackupTrigger.ON_DEMAND, T0);
        assertThrows(IllegalArgumentException.class, () -> run.succeed("f", 0, SHA, T0));
        assertThrows(IllegalArgumentException.class, () -> run.succeed("f", 10, "not-a-sha", T0));
        assertThrows(IllegalArgumentException.class, () -> run.succeed(" ", 10, SHA, T0));
        assertEquals(BackupStatus.RUNNING, run.status());
    }

    @Test
    void schemaVersionsCompareNumerically() {
        assertTrue(new SchemaVersion("70").isNewerThan(new SchemaVersion("9")));
        assertTrue(new SchemaVersion("1.10").isNewerThan(new SchemaVersion("1.9")));
        assertEquals(0, new SchemaVersion("1.0").compareTo(new SchemaVersion("1")));
        assertThrows(IllegalArgumentException.class, () -> new SchemaVersion("70; drop table x"));
    }
}
