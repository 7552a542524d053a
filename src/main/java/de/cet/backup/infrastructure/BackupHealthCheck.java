package de.cet.backup.infrastructure;

import de.cet.backup.application.BackupMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the backup's age and last result in the management interface's {@code /q/health/ready}, always
 * UP: a failed backup must be noticed (metrics, mail), but it is no reason to stop serving requests.
 */
@Readiness
@ApplicationScoped
public class BackupHealthCheck implements HealthCheck {

    private final BackupMetrics metrics;

    BackupHealthCheck(BackupMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public HealthCheckResponse call() {
        double age = metrics.ageSeconds();
        return HealthCheckResponse.named("backup").up()
            .withData("lastResult", metrics.lastResult())
            .withData("ageSeconds", Double.isInfinite(age) ? "none yet" : String.valueOf((long) age))
            .build();
    }
}
