package de.cet.backup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One attempt to make a backup. Invariant: a run is RUNNING until it ends exactly once, either
 * SUCCEEDED with the archive's file name, size and SHA-256, or FAILED with the reason; it never changes
 * after that.
 */
@Entity
@Table(name = "backup_run")
public class BackupRun {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger", columnDefinition = "text", nullable = false)
    private BackupTrigger trigger;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", columnDefinition = "text", nullable = false)
    private BackupStatus status;

    @Column(name = "file_name", columnDefinition = "text")
    private String fileName;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "sha256", columnDefinition = "text")
    private String sha256;

    @Column(name = "error", columnDefinition = "text")
    private String error;

    protected BackupRun() {}

    private BackupRun(BackupTrigger trigger, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.trigger = Objects.requireNonNull(trigger);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.status = BackupStatus.RUNNING;
    }

    public static BackupRun start(BackupTrigger trigger, Instant now) {
        return new BackupRun(trigger, now);
    }

    public void succeed(String fileName, long sizeBytes, String sha256, Instant now) {
        requireRunning();
        if (fileName == null || fileName.isBlank() || sha256 == null || !sha256.matches("[0-9a-f]{64}") || sizeBytes <= 0) {
            throw new IllegalArgumentException("A successful backup needs a file, its size and its SHA-256");
        }
        this.status = BackupStatus.SUCCEEDED;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.finishedAt = now;
    }

    public void fail(String reason, Instant now) {
        requireRunning();
        this.status = BackupStatus.FAILED;
        String text = reason == null || reason.isBlank() ? "unknown error" : reason;
        this.error = text.substring(0, Math.min(text.length(), 2000));
        this.finishedAt = now;
    }

    private void requireRunning() {
        if (status != BackupStatus.RUNNING) {
            throw new IllegalStateException("Backup run " + id + " has already ended as " + status);
        }
    }

    public UUID id() { return id; }
    public BackupTrigger trigger() { return trigger; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public BackupStatus status() { return status; }
    public String fileName() { return fileName; }
    public Long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public String error() { return error; }
}
