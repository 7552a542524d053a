package de.cet.backup.application;

import de.cet.backup.domain.BackupRun;
import de.cet.backup.domain.BackupTrigger;
import java.util.Optional;

/** Makes a backup (the archive engine lives in infrastructure). */
public interface Backups {

    /** Runs a backup unless one is running (here or on another instance): then empty. */
    Optional<BackupRun> run(BackupTrigger trigger);
}
