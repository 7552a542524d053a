package de.cet.backup.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The command-line restore for a new server: start the packaged application once with
 * {@code CET_RESTORE_ARCHIVE} (and {@code CET_RESTORE_PASSPHRASE} or {@code CET_RESTORE_PRIVATE_KEY}).
 * After Flyway has migrated the empty database and before requests are served, the archive is restored;
 * a refused archive stops the start, so the operator sees it. On an instance that already has data the
 * restore is refused (409) like through the API: remove the variables after the first start.
 */
@ApplicationScoped
public class StartupRestore {

    private static final Logger LOG = Logger.getLogger(StartupRestore.class);

    private final Restores restores;
    private final BackupConfig config;

    private final DataSource dataSource;

    StartupRestore(Restores restores, BackupConfig config, DataSource dataSource) {
        this.restores = restores;
        this.config = config;
        this.dataSource = dataSource;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        restoreConfigured(config.restore(), dataSource);
    }

    /** Restores the configured archive into {@code target}; empty when no archive is configured. */
    public Optional<RestoreResult> restoreConfigured(BackupConfig.Restore restore, DataSource target) {
        if (restore.archive().isEmpty()) {
            return Optional.empty();
        }
        String archive = restore.archive().get();
        LOG.infof("CET_RESTORE_ARCHIVE is set: restoring %s before serving", archive);
        RestoreResult result = restores.restoreInto(target, Path.of(archive), key(restore));
        LOG.infof("Restore finished: %d rows in %d tables (archive schema %s, now %s)", result.rows(),
            result.tables(), result.archiveSchemaVersion(), result.schemaVersion());
        return Optional.of(result);
    }

    static RestoreKey key(BackupConfig.Restore restore) {
        if (restore.passphrase().isPresent()) {
            return new RestoreKey.Passphrase(restore.passphrase().get());
        }
        if (restore.privateKey().isPresent()) {
            try {
                return new RestoreKey.SecretKey(Files.readString(Path.of(restore.privateKey().get())),
                    restore.privateKeyPassphrase().orElse(null));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read CET_RESTORE_PRIVATE_KEY", e);
            }
        }
        throw new IllegalStateException("CET_RESTORE_ARCHIVE needs CET_RESTORE_PASSPHRASE or CET_RESTORE_PRIVATE_KEY");
    }
}
