package de.cet.backup.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface BackupRunRepository {
    void save(BackupRun run);

    Optional<BackupRun> find(UUID id);

    /** Newest first. */
    List<BackupRun> page(int offset, int limit, boolean newestFirst);

    long count();

    Optional<BackupRun> latestFinished();

    Optional<BackupRun> latestSucceeded();

    /** Whether a scheduled run started at or after {@code slot}. */
    boolean scheduledSince(Instant slot);
}
