package de.cet.backup.application;

import de.cet.backup.infrastructure.BackupService;
import de.cet.backup.infrastructure.RestoreService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.backup.TestDatabases;
import de.cet.backup.domain.BackupRun;
import de.cet.backup.domain.BackupStatus;
import de.cet.backup.domain.BackupTrigger;
import de.cet.backup.infrastructure.AdvisoryLock;
import de.cet.backup.infrastructure.BackupDirectory;
import de.cet.backup.infrastructure.OpenPgp;
import de.cet.shared.error.CetException;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.UnprocessableException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.junit.jupiter.api.function.Executable;

/** Every way a restore is refused leaves the target exactly as it was, and says why. */
@QuarkusTest
class RestoreRefusalTest {

    static final String PASSPHRASE = BackupRoundTripTest.PASSPHRASE;

    @Inject
    BackupService backups;

    @Inject
    RestoreService restores;

    @Inject
    BackupDirectory directory;

    @Inject
    Flyway flyway;

    @TempDir
    Path temp;

    PGSimpleDataSource target;
    Path archive;

    @BeforeEach
    void emptyInstanceWithAQueuedMailAndAnArchive() throws Exception {
        target = TestDatabases.restoreTarget("public");
        TestDatabases.recreateMigrated(target, "public", flyway, null);
        try (Connection c = target.getConnection(); Statement st = c.createStatement()) {
            // replaceable, not content: the instance still counts as empty
            st.executeUpdate("insert into outbox_mail (id, recipient, subject, body_text, status, next_attempt_at, created_at) "
                + "values (gen_random_uuid(), 'new@example.org', 'Welcome', 'x', 'PENDING', now(), now())");
        }
        BackupRun run = backups.run(BackupTrigger.ON_DEMAND).orElseThrow();
        assertEquals(BackupStatus.SUCCEEDED, run.status(), run.error());
        archive = directory.resolve(run.fileName());
    }

    private <T extends CetException> T refusedAndNothingWritten(Class<T> type, Executable restore) throws Exception {
        Map<String, List<String>> before = TestDatabases.contents(target);
        T e = assertThrows(type, restore);
        assertEquals(before, TestDatabases.contents(target), "nothing written");
        return e;
    }

    private Path reencrypted(UnaryOperator<byte[]> change) throws Exception {
        byte[] zip;
        try (var in = OpenPgp.decrypt(Files.newInputStream(archive), OpenPgp.DecryptionKey.ofPassphrase(PASSPHRASE))) {
            zip = in.readAllBytes();
        }
        Path file = temp.resolve("changed.zip.pgp");
        try (OutputStream out = Files.newOutputStream(file);
             OutputStream enc = OpenPgp.encrypt(out, new OpenPgp.Recipients(PASSPHRASE.toCharArray(), List.of()), "x.zip")) {
            enc.write(change.apply(zip));
        }
        return file;
    }

    static UnaryOperator<byte[]> changeEntry(String name, UnaryOperator<String> change) {
        return zip -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
                    ZipEntry e;
                    while ((e = in.getNextEntry()) != null) {
                        byte[] bytes = in.readAllBytes();
                        if (e.getName().equals(name)) {
                            bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                        }
                        z.putNextEntry(new ZipEntry(e.getName()));
                        z.write(bytes);
                        z.closeEntry();
                    }
                }
                return out.toByteArray();
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        };
    }

    @Test
    void aTamperedArchiveIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length - 30] ^= 0x40;
        Path tampered = Files.write(temp.resolve("tampered.zip.pgp"), bytes);

        var e = refusedAndNothingWritten(UnprocessableException.class,
            () -> restores.restoreInto(target, tampered, new RestoreKey.Passphrase(PASSPHRASE)));
        assertEquals("backup-archive-damaged", e.type());
    }

    @Test
    void anEntryThatDoesNotMatchItsChecksumIsRefusedEvenWhenProperlyEncrypted() throws Exception {
        Path changed = reencrypted(changeEntry("data/outbox_mail.ndjson", s -> s.replace("PENDING", "SENT")));

        var e = refusedAndNothingWritten(UnprocessableException.class,
            () -> restores.restoreInto(target, changed, new RestoreKey.Passphrase(PASSPHRASE)));
        assertTrue(e.getMessage().contains("SHA-256 of data/outbox_mail.ndjson"), e.getMessage());
    }

    @Test
    void aWrongPassphraseIsRefused() throws Exception {
        var e = refusedAndNothingWritten(UnprocessableException.class,
            () -> restores.restoreInto(target, archive, new RestoreKey.Passphrase("wrong horse")));
        assertEquals("backup-archive-undecryptable", e.type());
        assertTrue(e.getMessage().contains("passphrase is wrong"), e.getMessage());
    }

    @Test
    void anInstanceWithContentIsNotOverwritten() throws Exception {
        try (Connection c = target.getConnection(); Statement st = c.createStatement()) {
            // stands for the books context's table until it merges: any table outside the replaceable list
            st.execute("create table book (id uuid primary key, name text not null)");
            st.executeUpdate("insert into book values (gen_random_uuid(), 'Fraktion')");
        }
        var e = refusedAndNothingWritten(ConflictException.class,
            () -> restores.restoreInto(target, archive, new RestoreKey.Passphrase(PASSPHRASE)));
        assertEquals("instance-not-empty", e.type());
        assertEquals(1, e.extensions().get("tablesWithData"));
        assertFalse(e.getMessage().contains(" in book"), "no table name in the answer: " + e.getMessage());
    }

    @Test
    void anArchiveFromANewerSchemaIsRefused() throws Exception {
        Path newer = reencrypted(changeEntry("manifest.json",
            s -> s.replaceFirst("\"schemaVersion\" : \"[0-9.]+\"", "\"schemaVersion\" : \"999\"")));

        var e = refusedAndNothingWritten(UnprocessableException.class,
            () -> restores.restoreInto(target, newer, new RestoreKey.Passphrase(PASSPHRASE)));
        assertEquals("backup-archive-newer-schema", e.type());
        assertEquals("999", e.extensions().get("archiveSchemaVersion"));
    }

    @Test
    void aRestoreIsRefusedWhileABackupRuns() throws Exception {
        try (Connection other = target.getConnection()) {
            assertTrue(AdvisoryLock.tryAcquire(other).isPresent());
            var e = refusedAndNothingWritten(ConflictException.class,
                () -> restores.restoreInto(target, archive, new RestoreKey.Passphrase(PASSPHRASE)));
            assertEquals("backup-in-progress", e.type());
        }
    }

    @Test
    void theRestoredInstanceReplacesTheQueuedMailOfTheEmptyOne() throws Exception {
        restores.restoreInto(target, archive, new RestoreKey.Passphrase(PASSPHRASE));
        assertTrue(TestDatabases.contents(target).get("outbox_mail").stream().noneMatch(r -> r.contains("new@example.org")));
    }

    @Test
    void theFirstAdministratorOfTheEmptyInstanceIsReplacedByTheArchivesUsers() throws Exception {
        // The instance an administrator restores into has that administrator: a user, without recovery
        // codes or one-time tokens. PostgreSQL truncates a table only together with the tables
        // referencing it, empty or not.
        try (Connection c = target.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into identity_user (id, email, display_name, password_hash, locale, email_verified, "
                + "instance_admin, created_at, version) values (gen_random_uuid(), 'first-admin@example.org', 'First', "
                + "'x', 'en', true, true, now(), 0)");
        }
        restores.restoreInto(target, archive, new RestoreKey.Passphrase(PASSPHRASE));
        assertTrue(TestDatabases.contents(target).get("identity_user").stream().noneMatch(r -> r.contains("first-admin@example.org")));
    }
}
