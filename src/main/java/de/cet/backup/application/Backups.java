package de.cet.backup.application;

import de.cet.backup.domain.BackupRun;
import de.cet.backup.domain.BackupTrigger;
import java.time.Instant;
import java.util.Optional;

/** Makes a backup (the archive engine lives in infrastructure). */
public interface Backups {

    /** Runs a backup unless one is running (here or on another instance): then empty. */
    Optional<BackupRun> run(BackupTrigger trigger);

    /**
     * The scheduled backup of the slot the cron fired for: every instance's scheduler fires, the first to
     * take the lock makes it, and an instance whose timer fires after that run has finished finds it and
     * makes none (empty).
     */
    Optional<BackupRun> runScheduled(Instant slot);
}
