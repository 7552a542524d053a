package de.cet.backup.application;

import de.cet.backup.domain.BackupRun;
import de.cet.backup.domain.BackupRunRepository;
import de.cet.backup.domain.BackupStatus;
import de.cet.backup.domain.BackupTrigger;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.error.CetException;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.error.ProblemKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The administrators' use cases behind {@code /admin/backups} and {@code /admin/restore}: each checks
 * that the caller is an instance administrator, then delegates to {@link Backups} or
 * {@link Restores} (which the scheduler and the start-up restore call without a user).
 */
@ApplicationScoped
public class BackupAdministration {

    private final CurrentUser currentUser;
    private final Backups backups;
    private final Restores restores;
    private final BackupRunRepository runs;
    private final ArchiveFiles directory;
    private final SetupTokenRestoreAuthorization setupTokens;

    BackupAdministration(CurrentUser currentUser, Backups backups, Restores restores,
                         BackupRunRepository runs, ArchiveFiles directory,
                         SetupTokenRestoreAuthorization setupTokens) {
        this.currentUser = currentUser;
        this.backups = backups;
        this.restores = restores;
        this.runs = runs;
        this.directory = directory;
        this.setupTokens = setupTokens;
    }

    /** Runs a backup now, synchronously (small instances finish in seconds). 409 if one is running. */
    public BackupRun backupNow() {
        currentUser.requireInstanceAdmin();
        return backups.run(BackupTrigger.ON_DEMAND)
            .orElseThrow(() -> new ConflictException("backup-in-progress", "A backup is already running."));
    }

    /** One page of runs, newest first unless {@code newestFirst} is false. */
    public RunPage list(int offset, int limit, boolean newestFirst) {
        currentUser.requireInstanceAdmin();
        return QuarkusTransaction.requiringNew().call(() ->
            new RunPage(runs.page(offset, limit, newestFirst), runs.count()));
    }

    public record RunPage(java.util.List<BackupRun> items, long totalItems) {}

    /** The encrypted archive of a successful run that retention has not deleted yet. */
    public Archive content(UUID id) {
        currentUser.requireInstanceAdmin();
        BackupRun run = QuarkusTransaction.requiringNew().call(() -> runs.find(id))
            .orElseThrow(() -> new NotFoundException("No backup " + id + "."));
        if (run.status() != BackupStatus.SUCCEEDED) {
            throw new NotFoundException("Backup " + id + " has no archive (" + run.status() + ").");
        }
        Path file = directory.resolve(run.fileName());
        if (!Files.isRegularFile(file)) {
            throw new CetException(ProblemKind.GONE, "The archive of backup " + id + " was deleted by retention.");
        }
        return new Archive(run.fileName(), file, run.sha256());
    }

    public record Archive(String fileName, Path file, String sha256) {}

    /**
     * Restores into this instance: by an instance administrator, or with the bootstrap setup token while
     * the instance has no users (decided by identity through {@link SetupTokenRestoreAuthorization}).
     */
    public RestoreResult restore(Path archive, String passphrase, String privateKey,
                                                String privateKeyPassphrase, String setupToken) {
        if (setupToken == null || setupToken.isBlank() || !setupTokens.permitsRestore(setupToken)) {
            currentUser.requireInstanceAdmin();
        }
        if (archive == null) {
            throw new InvalidInputException("archive", "the encrypted backup archive is required");
        }
        RestoreKey key;
        if (passphrase != null && !passphrase.isEmpty()) {
            key = new RestoreKey.Passphrase(passphrase);
        } else if (privateKey != null && !privateKey.isBlank()) {
            key = new RestoreKey.SecretKey(privateKey, privateKeyPassphrase);
        } else {
            throw new InvalidInputException("passphrase", "a passphrase or a privateKey is required");
        }
        return restores.restore(archive, key);
    }
}
