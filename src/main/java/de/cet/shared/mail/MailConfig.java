package de.cet.shared.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "cet.mail")
public interface MailConfig {
    /** How often the outbox looks for due mail. */
    @WithDefault("5s")
    String pollInterval();

    @WithDefault("20")
    int batchSize();

    /** After this many failed attempts a mail is marked DEAD (and counted in the metrics). */
    @WithDefault("60")
    int maxAttempts();

    @WithDefault("30S")
    Duration backoffInitial();

    @WithDefault("1H")
    Duration backoffMax();
}
