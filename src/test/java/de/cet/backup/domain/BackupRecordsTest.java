package de.cet.backup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a backup run records, how schema versions order, and that a manifest cannot change once written. */
class BackupRecordsTest {

    private static final Instant T0 = Instant.parse("2026-11-21T02:30:00Z");
    private static final String SHA = "0123456789abcdef".repeat(4);

    @Test
    void succeededRunRecordsItsTriggerStartAndFile() {
        BackupRun run = BackupRun.start(BackupTrigger.ON_DEMAND, T0);
        assertEquals(BackupTrigger.ON_DEMAND, run.trigger());
        assertEquals(T0, run.startedAt());
        assertNull(run.fileName());
        assertNotEquals(BackupRun.start(BackupTrigger.ON_DEMAND, T0).id(), run.id());

        run.succeed("cet-backup-20261121.zip.pgp", 4096, SHA, T0.plusSeconds(5));
        assertEquals("cet-backup-20261121.zip.pgp", run.fileName());
        assertEquals(4096L, run.sizeBytes());
        assertEquals(SHA, run.sha256());
        assertNull(run.error());
    }

    @Test
    void successWithoutFileNameOrChecksumIsRefused() {
        BackupRun run = BackupRun.start(BackupTrigger.SCHEDULED, T0);
        assertThrows(IllegalArgumentException.class, () -> run.succeed(null, 10, SHA, T0));
        assertThrows(IllegalArgumentException.class, () -> run.succeed("f", 10, null, T0));
        assertThrows(IllegalArgumentException.class, () -> run.succeed("f", 10, SHA.toUpperCase(), T0));
        assertEquals(BackupStatus.RUNNING, run.status());
    }

    @Test
    void failureWithoutReasonSaysSoAndALongReasonIsCut() {
        BackupRun silent = BackupRun.start(BackupTrigger.SCHEDULED, T0);
        silent.fail(null, T0.plusSeconds(1));
        assertEquals(BackupStatus.FAILED, silent.status());
        assertEquals("unknown error", silent.error());

        BackupRun blank = BackupRun.start(BackupTrigger.SCHEDULED, T0);
        blank.fail("  ", T0.plusSeconds(1));
        assertEquals("unknown error", blank.error());

        BackupRun verbose = BackupRun.start(BackupTrigger.SCHEDULED, T0);
        verbose.fail("e".repeat(5000), T0.plusSeconds(1));
        assertEquals(2000, verbose.error().length());
    }

    @Test
    void schemaVersionsWithMissingPartsCompareAsZerosAndUnderscoresSeparateLikeDots() {
        SchemaVersion one = new SchemaVersion("1");
        assertEquals(0, one.compareTo(new SchemaVersion("1.0.0")));
        assertTrue(one.compareTo(new SchemaVersion("1.0.1")) < 0);
        assertEquals(0, new SchemaVersion("2_1").compareTo(new SchemaVersion("2.1")));
        assertFalse(new SchemaVersion("9").isNewerThan(new SchemaVersion("70")));
        assertFalse(new SchemaVersion("70").isNewerThan(new SchemaVersion("70")));
        assertEquals("1.2", new SchemaVersion("1.2").toString());
        assertThrows(IllegalArgumentException.class, () -> new SchemaVersion(null));
        assertThrows(IllegalArgumentException.class, () -> new SchemaVersion("1..2"));
    }

    @Test
    void manifestKeepsWhatItWasWrittenWithEvenIfTheCallersListsChangeLater() {
        List<Manifest.Column> columns = new ArrayList<>(List.of(new Manifest.Column("id", "uuid", "string")));
        List<Manifest.TableEntry> tables = new ArrayList<>(List.of(
            new Manifest.TableEntry("ledger_account", "tables/ledger_account.ndjson", 3, columns)));
        List<Manifest.SequenceValue> sequences = new ArrayList<>(List.of(
            new Manifest.SequenceValue("audit_seq", 42L, true)));
        Map<String, String> entries = new HashMap<>(Map.of("tables/ledger_account.ndjson", SHA));
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, "1.0.0", "70", T0, tables, sequences,
            entries);

        columns.add(new Manifest.Column("name", "text", "string"));
        tables.clear();
        sequences.clear();
        entries.put("extra", SHA);

        assertEquals(1, manifest.tables().size());
        assertEquals(1, manifest.tables().get(0).columns().size());
        assertEquals(List.of(new Manifest.SequenceValue("audit_seq", 42L, true)), manifest.sequences());
        assertEquals(Map.of("tables/ledger_account.ndjson", SHA), manifest.entries());
        assertThrows(UnsupportedOperationException.class, () -> manifest.tables().clear());
    }

    @Test
    void manifestNeedsTheSchemaVersionItWasWrittenWith() {
        assertThrows(NullPointerException.class, () -> new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, "1.0.0",
            null, T0, List.of(), List.of(), Map.of()));
    }
}
