package de.cet.backup.application;

import de.cet.backup.domain.BackupTrigger;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** The nightly backup. Every instance fires; the advisory lock lets one of them make the backup. */
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
    void nightly() {
        if (config.enabled()) {
            backups.run(BackupTrigger.SCHEDULED);
        }
        metrics.refresh(); // instances that did not run it see the run of the one that did
    }
}
