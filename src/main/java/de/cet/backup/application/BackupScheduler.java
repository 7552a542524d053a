package de.cet.backup.application;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The nightly backup. Every instance fires; the advisory lock lets one of them make the backup, and the
 * slot (the cron's fire time, the same on every instance) keeps a late one from making it again.
 */
@ApplicationScoped
public class BackupScheduler {

    private final Backups backups;
    private final BackupMetrics metrics;
    private final BackupConfig config;

    BackupScheduler(Backups backups, BackupMetrics metrics, BackupConfig config) {
        this.backups = backups;
        this.metrics = metrics;
        this.config = config;
    }

    @Scheduled(cron = "${cet.backup.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly(ScheduledExecution execution) {
        backupSlot(execution.getScheduledFireTime());
    }

    /** The work of one firing, for the slot the cron fired for. */
    void backupSlot(java.time.Instant slot) {
        if (config.enabled()) {
            backups.runScheduled(slot);
        }
        metrics.refresh(); // instances that did not run it see the run of the one that did
    }
}
