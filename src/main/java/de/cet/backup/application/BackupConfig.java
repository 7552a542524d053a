package de.cet.backup.application;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "cet.backup")
public interface BackupConfig {

    /** Whether the schedule runs (on-demand backups work either way). */
    @WithDefault("true")
    boolean enabled();

    /** Quartz cron expression of the scheduled backup (read by {@code @Scheduled}). */
    @WithDefault("0 30 2 * * ?")
    String cron();

    /** Symmetric encryption passphrase. */
    Optional<String> passphrase();

    /** Armored OpenPGP public key(s), or the path of a file holding them. */
    Optional<String> publicKeys();

    /** How many archive files are kept in the backup directory. */
    @WithDefault("14")
    int keep();

    /** Comma-separated addresses that receive every backup. */
    Optional<List<String>> emailTo();

    /** Language of the backup mails. */
    @WithDefault("de")
    String emailLanguage();

    /** Archives larger than this are not attached; the mail says where they are. */
    @WithDefault("10M")
    MemorySize mailMaxBytes();

    /**
     * Tables that may hold rows when a restore starts and that the restore replaces: everything that is
     * not the instance's content (mail queue, idempotency records, backup history, and — once identity
     * merges — users and their credentials). Every other table must be empty, or the restore is refused.
     */
    @WithDefault("outbox_mail,idempotency_record,backup_run")
    List<String> restoreReplaceableTables();

    /** Restore at start-up (command-line restore on a new server). */
    Restore restore();

    interface Restore {
        /** Path of an archive to restore before serving, only into an empty instance. */
        Optional<String> archive();

        Optional<String> passphrase();

        /** Path of an armored OpenPGP secret key. */
        Optional<String> privateKey();

        Optional<String> privateKeyPassphrase();
    }
}
