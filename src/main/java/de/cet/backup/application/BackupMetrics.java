package de.cet.backup.application;

import de.cet.backup.domain.BackupRun;
import de.cet.backup.domain.BackupRunRepository;
import de.cet.backup.domain.BackupStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code cet_backup_age_seconds} (since the last successful backup; +Inf before the first, so an
 * "older than two days" alert fires on an instance that never made one) and
 * {@code cet_backup_last_success} (1 if the last finished run succeeded, else 0).
 */
@ApplicationScoped
public class BackupMetrics {

    private final BackupRunRepository runs;
    private final Clock clock;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<BackupStatus> lastResult = new AtomicReference<>();

    BackupMetrics(BackupRunRepository runs, Clock clock, MeterRegistry registry) {
        this.runs = runs;
        this.clock = clock;
        Gauge.builder("cet_backup_age_seconds", this, BackupMetrics::ageSeconds)
            .description("Seconds since the last successful backup").register(registry);
        Gauge.builder("cet_backup_last_success", this, m -> m.lastResult.get() == BackupStatus.SUCCEEDED ? 1 : 0)
            .description("1 if the last backup succeeded, 0 if it failed or none ran").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    /** Reads the latest runs (also those made by other instances). */
    public void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            lastSuccess.set(runs.latestSucceeded().map(BackupRun::finishedAt).orElse(null));
            lastResult.set(runs.latestFinished().map(BackupRun::status).orElse(null));
        });
    }

    public double ageSeconds() {
        Instant success = lastSuccess.get();
        return success == null ? Double.POSITIVE_INFINITY
            : Math.max(0, Duration.between(success, clock.instant()).toMillis() / 1000.0);
    }

    /** SUCCEEDED, FAILED, or NONE before the first finished run. */
    public String lastResult() {
        BackupStatus status = lastResult.get();
        return status == null ? "NONE" : status.name();
    }

    public boolean lastSucceeded() {
        return lastResult.get() == BackupStatus.SUCCEEDED;
    }
}
