package de.cet.backup.api;

import de.cet.backup.domain.BackupRun;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A backup run as administrators see it: when, how large, its SHA-256 (of the encrypted file) and result. */
@Schema(name = "BackupRun", description = "A backup run: when, how large, the SHA-256 of the encrypted file, and its result.")
public record BackupRunDto(UUID id, String status, String trigger, Instant startedAt, Instant finishedAt,
                           String fileName, Long sizeBytes, String sha256, String error) {
    static BackupRunDto of(BackupRun run) {
        return new BackupRunDto(run.id(), run.status().name(), run.trigger().name(), run.startedAt(),
            run.finishedAt(), run.fileName(), run.sizeBytes(), run.sha256(), run.error());
    }
}
