package de.cet.backup.infrastructure;

import de.cet.backup.application.BackupConfig;
import de.cet.backup.application.BackupMetrics;
import de.cet.backup.application.BackupFailed;
import de.cet.backup.application.Backups;
import de.cet.backup.application.InstanceAdminContacts;
import de.cet.backup.domain.BackupRun;
import de.cet.backup.domain.BackupRunRepository;
import de.cet.backup.domain.BackupTrigger;
import de.cet.shared.mail.MailOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes a backup: takes the cluster-wide backup lock (so several instances run it once), records the
 * run, writes the archive encrypted on the fly into a temporary file (no plaintext touches the disk),
 * publishes it atomically, applies retention and queues the mail in the outbox (so an SMTP outage
 * delays the mail and never loses the archive). A failure is recorded and mailed to the administrators.
 */
@ApplicationScoped
public class BackupService implements Backups {

    private static final Logger LOG = Logger.getLogger(BackupService.class);
    static final String CONTENT_TYPE = "application/pgp-encrypted";
    private static final DateTimeFormatter FILE_TIME =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final BackupRunRepository runs;
    private final BackupDirectory directory;
    private final MailOutbox outbox;
    private final BackupConfig config;
    private final BackupMetrics metrics;
    private final InstanceAdminContacts admins;
    private final Event<BackupFailed> failed;
    private final Clock clock;
    private final String cetVersion;

    BackupService(DataSource dataSource, BackupRunRepository runs, BackupDirectory directory, MailOutbox outbox,
                  BackupConfig config, BackupMetrics metrics, InstanceAdminContacts admins, Event<BackupFailed> failed, Clock clock,
                  @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String cetVersion) {
        this.dataSource = dataSource;
        this.runs = runs;
        this.directory = directory;
        this.outbox = outbox;
        this.config = config;
        this.metrics = metrics;
        this.admins = admins;
        this.failed = failed;
        this.clock = clock;
        this.cetVersion = cetVersion;
    }

    @Override
    public Optional<BackupRun> run(BackupTrigger trigger) {
        return run(trigger, null);
    }

    @Override
    public Optional<BackupRun> runScheduled(Instant slot) {
        return run(BackupTrigger.SCHEDULED, slot);
    }

    private Optional<BackupRun> run(BackupTrigger trigger, Instant slot) {
        try (Connection c = dataSource.getConnection()) {
            Optional<AdvisoryLock> lock = AdvisoryLock.tryAcquire(c);
            if (lock.isEmpty()) {
                LOG.info("Backup skipped: another backup is running");
                return Optional.empty();
            }
            try (AdvisoryLock held = lock.get()) {
                // Under the lock: another instance may have made this slot's backup and finished already.
                if (slot != null && QuarkusTransaction.requiringNew().call(() -> runs.scheduledSince(slot))) {
                    LOG.infof("Backup skipped: the backup of the slot %s was made by another instance", slot);
                    return Optional.empty();
                }
                // The snapshot starts before the run is recorded: the archive never contains its own run.
                ArchiveWriter.beginSnapshot(c);
                BackupRun run = QuarkusTransaction.requiringNew().call(() -> {
                    BackupRun started = BackupRun.start(trigger, clock.instant());
                    runs.save(started);
                    return started;
                });
                BackupRun finished;
                try {
                    finished = execute(c, run);
                } finally {
                    ArchiveWriter.endSnapshot(c);
                }
                metrics.refresh();
                return Optional.of(finished);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot reach the database for a backup", e);
        }
    }

    private BackupRun execute(Connection c, BackupRun run) {
        Path temporary = null;
        try {
            OpenPgp.Recipients recipients = recipients();
            temporary = directory.newTemporaryFile(run.id().toString());
            Instant now = clock.instant();
            String fileName = "cet-backup-" + FILE_TIME.format(now) + "-" + run.id().toString().substring(0, 8) + ".zip.pgp";
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)), sha)) {
                try (OutputStream encrypted = OpenPgp.encrypt(file, recipients, fileName.replace(".pgp", ""))) {
                    ArchiveWriter.write(c, encrypted, cetVersion, now);
                }
            } finally {
                ArchiveWriter.endSnapshot(c);
            }
            long size = Files.size(temporary);
            Path published = directory.publish(temporary, fileName);
            temporary = null;
            String checksum = HexFormat.of().formatHex(sha.digest());
            List<String> deleted = directory.applyRetention(config.keep());
            if (!deleted.isEmpty()) {
                LOG.infof("Backup retention deleted %s", deleted);
            }
            return QuarkusTransaction.requiringNew().call(() -> {
                BackupRun managed = runs.find(run.id()).orElseThrow();
                managed.succeed(fileName, size, checksum, clock.instant());
                mailSuccess(managed, published);
                return managed;
            });
        } catch (IOException | java.sql.SQLException | NoSuchAlgorithmException | RuntimeException e) {
            LOG.errorf(e, "Backup %s failed", run.id());
            deleteQuietly(temporary);
            String reason = reason(e, run);
            return QuarkusTransaction.requiringNew().call(() -> {
                BackupRun managed = runs.find(run.id()).orElseThrow();
                managed.fail(reason, clock.instant());
                mailFailure(managed);
                return managed;
            });
        }
    }

    private OpenPgp.Recipients recipients() {
        try {
            return OpenPgp.recipients(config.passphrase().orElse(null), config.publicKeys().orElse(null));
        } catch (IOException e) {
            throw new BackupMisconfigured("CET_BACKUP_PUBLIC_KEYS names a file that cannot be read.", e);
        } catch (IllegalArgumentException e) {
            throw new BackupMisconfigured(e.getMessage(), e); // OpenPgp's own sentences about the settings
        }
    }

    /** A setting that keeps every backup from running; its message is CET's own and names the setting. */
    static final class BackupMisconfigured extends RuntimeException {
        BackupMisconfigured(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * What the run records, administrators see in {@code GET /admin/backups} and the failure mail says:
     * a sentence of CET's own. The exception itself (SQL, paths, library texts) is in the log, under the
     * run's id.
     */
    static String reason(Exception e, BackupRun run) {
        String see = " The server log has the details (backup run " + run.id() + ").";
        if (e instanceof BackupMisconfigured) {
            return e.getMessage() + see;
        }
        if (e instanceof java.sql.SQLException) {
            return "The database could not be read for the backup." + see;
        }
        if (e instanceof IOException || e instanceof java.io.UncheckedIOException) {
            return "The archive could not be written to the backup directory (is it writable, is the disk full?)." + see;
        }
        return "The backup failed unexpectedly." + see;
    }

    private void mailSuccess(BackupRun run, Path archive) {
        List<String> to = config.emailTo().orElse(List.of());
        Map<String, Object> data = Map.of(
            "fileName", run.fileName(),
            "size", run.sizeBytes(),
            "sha256", run.sha256(),
            "path", archive.toString(),
            "finishedAt", run.finishedAt().toString(),
            "maxBytes", config.mailMaxBytes().asLongValue());
        boolean attach = run.sizeBytes() <= config.mailMaxBytes().asLongValue();
        for (String address : to) {
            if (address.isBlank()) {
                continue;
            }
            if (attach) {
                outbox.enqueueWithAttachment(address.trim(), "backup-succeeded", config.emailLanguage(), data,
                    archive, run.fileName(), CONTENT_TYPE);
            } else {
                outbox.enqueue(address.trim(), "backup-too-large", config.emailLanguage(), data);
            }
        }
    }

    private void mailFailure(BackupRun run) {
        // The instance administrators hear of it through their notifications (BACKUP_FAILED, their language
        // and preferences); the operator addresses get the backup's own mail, unless they are an administrator's.
        failed.fire(new BackupFailed(run.id(), run.startedAt(), run.error()));
        Set<String> adminAddresses = new LinkedHashSet<>();
        admins.emails().forEach(a -> adminAddresses.add(a.trim().toLowerCase(java.util.Locale.ROOT)));
        Set<String> to = new LinkedHashSet<>();
        for (String address : config.emailTo().orElse(List.of())) {
            if (!adminAddresses.contains(address.trim().toLowerCase(java.util.Locale.ROOT))) {
                to.add(address);
            }
        }
        Map<String, Object> data = Map.of(
            "startedAt", run.startedAt().toString(),
            "error", run.error(),
            "runId", run.id().toString());
        for (String address : to) {
            if (!address.isBlank()) {
                outbox.enqueue(address.trim(), "backup-failed", config.emailLanguage(), data);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warnf("Cannot delete the incomplete backup file %s: %s", path, e.getMessage());
        }
    }
}
