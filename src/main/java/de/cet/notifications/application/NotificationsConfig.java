package de.cet.notifications.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code cet.notifications.*} and {@code cet.live.*} (README configuration table). */
@ConfigMapping(prefix = "cet.notifications")
public interface NotificationsConfig {

    /** Quartz cron of the daily checks (period ending, digests); read by {@code @Scheduled}. */
    String dailyCron();

    /** How many days before an open period's last day its keepers are told (PERIOD_ENDING). */
    @WithDefault("7")
    int periodEndingDays();

    /** The most entries one digest mail lists. */
    @WithDefault("50")
    int digestMaxItems();

    /** How often each instance checks that its open live sockets' sessions are still valid. */
    @WithDefault("2s")
    Duration liveSessionCheck();

    /** How long a new live socket may take to send its token before it is closed. */
    @WithDefault("10s")
    Duration liveAuthTimeout();
}
