package de.cet.backup.application;

import de.cet.backup.infrastructure.BackupService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.backup.domain.BackupRun;
import de.cet.backup.domain.BackupRunRepository;
import de.cet.backup.domain.BackupStatus;
import de.cet.backup.domain.BackupTrigger;
import de.cet.backup.infrastructure.AdvisoryLock;
import de.cet.backup.infrastructure.BackupDirectory;
import de.cet.shared.mail.OutboxSender;
import de.cet.testing.MutableClock;
import de.cet.testing.SmtpSink;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The nightly backup: kept on disk, mailed through the outbox, once across instances, visible in metrics. */
@QuarkusTest
class BackupScheduleTest {

    static final String TO = "backups@example.org";
    /**
     * The test clock stands still between moves: each test resets it to now and moves it this far before
     * its run, so its run is the newest one whatever order the tests run in.
     */
    static final Duration LATER = Duration.ofHours(1);

    @Inject
    BackupScheduler scheduler;

    @Inject
    BackupService backups;

    @Inject
    BackupMetrics metrics;

    @Inject
    BackupDirectory directory;

    @Inject
    OutboxSender sender;

    @Inject
    DataSource dataSource;

    @Inject
    MutableClock clock;

    // Metrics and the health checks' details are served on the management interface only.
    // the management URL already ends in its root path /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReadiness;

    @Inject
    BackupRunRepository runs;

    @BeforeEach
    void emptyMailbox() {
        clock.reset();
        SmtpSink.clear();
        sender.deliverDue();
        SmtpSink.clear();
    }

    @AfterEach
    void restore() {
        SmtpSink.start();
        clock.reset();
    }

    private BackupRun latest() {
        return QuarkusTransaction.requiringNew().call(() -> runs.page(0, 1, true).get(0));
    }

    private List<MimeMessage> mailsAbout(String fileName) throws Exception {
        return SmtpSink.messagesTo(TO).stream().filter(m -> {
            try {
                return m.getSubject().contains(fileName);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void whenSmtpIsDownTheArchiveIsKeptAndTheMailGoesOutLater() throws Exception {
        SmtpSink.stop();
        clock.advance(LATER); // newer than any run of the other tests
        scheduler.backupSlot(clock.instant());
        BackupRun run = latest();
        assertEquals(BackupStatus.SUCCEEDED, run.status(), run.error());
        assertEquals(BackupTrigger.SCHEDULED, run.trigger());
        Path archive = directory.resolve(run.fileName());
        assertTrue(Files.isRegularFile(archive), "the archive is kept");
        assertTrue(run.sizeBytes() <= 8 * 1024 * 1024, "small enough to be attached (test limit 8M): " + run.sizeBytes());

        sender.deliverDue(); // fails: the server is away
        SmtpSink.start();
        clock.advance(Duration.ofMinutes(10));
        sender.deliverDue();

        List<MimeMessage> mails = mailsAbout(run.fileName());
        assertEquals(1, mails.size());
        MimeMultipart parts = (MimeMultipart) mails.get(0).getContent();
        BodyPart attachment = parts.getBodyPart(1);
        assertEquals(run.fileName(), attachment.getFileName());
        assertTrue(attachment.getContentType().startsWith("application/pgp-encrypted"), attachment.getContentType());
        assertArrayEquals(Files.readAllBytes(archive), attachment.getInputStream().readAllBytes());
        assertTrue(parts.getBodyPart(0).getContent().toString().contains(run.sha256()));
    }

    @Test
    void anArchiveLargerThanTheMailLimitIsNotAttachedAndTheMailSaysWhereItIs() throws Exception {
        byte[] noise = new byte[10 * 1024 * 1024];
        new SecureRandom().nextBytes(noise);
        try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement(
                "insert into idempotency_record values ('backup-test', 'large', 'h', ?, now())")) {
            ps.setString(1, Base64.getEncoder().encodeToString(noise));
            ps.executeUpdate();
        }
        try {
            BackupRun run = backups.run(BackupTrigger.ON_DEMAND).orElseThrow();
            assertTrue(run.sizeBytes() > 8 * 1024 * 1024, "larger than the test limit of 8M");
            sender.deliverDue();

            List<MimeMessage> mails = mailsAbout(run.fileName());
            assertEquals(1, mails.size());
            assertTrue(mails.get(0).getContent() instanceof String, "no attachment");
            String body = SmtpSink.body(mails.get(0));
            assertTrue(body.contains(directory.resolve(run.fileName()).toString()), body);
            assertTrue(body.contains("NICHT angehängt"), body);
        } finally {
            try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
                st.executeUpdate("delete from idempotency_record where scope = 'backup-test'");
            }
        }
    }

    @Test
    void aSecondConcurrentRunIsSkipped() throws Exception {
        try (Connection otherInstance = dataSource.getConnection()) {
            Optional<AdvisoryLock> lock = AdvisoryLock.tryAcquire(otherInstance);
            assertTrue(lock.isPresent());
            long before = QuarkusTransaction.requiringNew().call(runs::count);

            assertTrue(backups.run(BackupTrigger.SCHEDULED).isEmpty());

            long after = QuarkusTransaction.requiringNew().call(runs::count);
            assertEquals(before, after, "no run recorded");
            lock.get().close();
        }
        assertTrue(backups.run(BackupTrigger.SCHEDULED).isPresent());
    }

    /**
     * Two instances, one slot: the first makes the backup and finishes before the second one's timer
     * fires for the same slot (a busy instance fires late). The second finds the slot's run and makes
     * none; the next slot is made again.
     */
    @Test
    void anInstanceFiringLateForASlotWhoseBackupIsDoneMakesNoSecond() throws Exception {
        clock.advance(Duration.ofHours(40)); // later than any run of the other tests
        java.time.Instant slot = clock.instant();
        try {
            clock.advance(Duration.ofMillis(200));
            assertTrue(backups.runScheduled(slot).isPresent(), "the first instance makes the slot's backup");
            long before = QuarkusTransaction.requiringNew().call(runs::count);
            clock.advance(Duration.ofSeconds(4));
            assertTrue(backups.runScheduled(slot).isEmpty(), "the late instance finds it made");
            assertEquals(before, QuarkusTransaction.requiringNew().call(runs::count), "no second run recorded");

            clock.advance(Duration.ofSeconds(6));
            assertTrue(backups.runScheduled(clock.instant()).isPresent(), "the next slot is made");
        } finally {
            // runs dated 40 hours ahead would be every other test's "latest backup"
            try (Connection c = dataSource.getConnection(); var st = c.prepareStatement("delete from backup_run where started_at >= ?")) {
                st.setObject(1, java.time.OffsetDateTime.ofInstant(slot, java.time.ZoneOffset.UTC));
                st.executeUpdate();
            }
        }
    }

    @Test
    void aFailedBackupIsRecordedMailedAndShownInTheMetrics() throws Exception {
        de.cet.testing.Actors.Actor admin = de.cet.testing.Actors.instanceAdmin();
        Path dir = directory.dir();
        Path moved = dir.resolveSibling("backups-moved");
        Files.move(dir, moved);
        Files.writeString(dir, "not a directory");
        BackupRun run;
        clock.advance(LATER);
        try {
            run = backups.run(BackupTrigger.SCHEDULED).orElseThrow();
        } finally {
            Files.delete(dir);
            Files.move(moved, dir);
        }
        assertEquals(BackupStatus.FAILED, run.status());
        // what administrators read (GET /admin/backups, the mail): CET's sentence, the path and the
        // file system's words only in the log
        assertTrue(run.error().startsWith("The archive could not be written to the backup directory"), run.error());
        assertTrue(run.error().contains(run.id().toString()), run.error());
        assertFalse(run.error().contains(dir.toString()) || run.error().contains("Exception"), run.error());
        String token = (String) de.cet.testing.Actors.login(admin.email(), de.cet.testing.Actors.PASSWORD).get("accessToken");
        given().header("Authorization", "Bearer " + token).get("/api/v1/admin/backups").then().statusCode(200)
            .body("items.find { it.id == '" + run.id() + "' }.error", equalTo(run.error()));
        assertFalse(metrics.lastSucceeded());
        given().when().get(managementMetrics).then().statusCode(200).body(containsString("cet_backup_last_success 0.0"));

        sender.deliverDue();
        List<MimeMessage> mails = SmtpSink.messagesTo(TO).stream().filter(m -> {
            try {
                return m.getSubject().contains("FEHLGESCHLAGEN");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertEquals(1, mails.size());
        assertTrue(SmtpSink.body(mails.get(0)).contains(run.id().toString()));
        assertEquals(1, SmtpSink.messagesTo(admin.email()).stream()
            .filter(m -> SmtpSink.body(m).contains(run.id().toString())).count(), "the instance administrators are told too");
        try (var files = Files.list(directory.dir())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".incomplete")), "no half-written file stays");
        }
    }

    @Test
    void backupAgeAndLastResultAreMetrics() {
        clock.advance(LATER);
        backups.run(BackupTrigger.ON_DEMAND).orElseThrow();
        assertTrue(metrics.lastSucceeded());
        assertTrue(metrics.ageSeconds() < 5, "just made: " + metrics.ageSeconds());

        clock.advance(Duration.ofHours(30));
        assertTrue(metrics.ageSeconds() > 30 * 3600 - 1, "grows with time: " + metrics.ageSeconds());
        given().when().get(managementMetrics).then().statusCode(200)
            .body(containsString("cet_backup_age_seconds"))
            .body(containsString("cet_backup_last_success 1.0"));
        given().when().get(managementReadiness).then().statusCode(200)
            .body(containsString("\"backup\""))
            .body(containsString("\"lastResult\": \"SUCCEEDED\""));
    }
}
