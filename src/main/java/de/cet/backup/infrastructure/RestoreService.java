package de.cet.backup.infrastructure;

import de.cet.backup.application.BackupConfig;
import de.cet.backup.application.RestoreKey;
import de.cet.backup.application.RestoreResult;
import de.cet.backup.application.Restores;
import de.cet.backup.domain.Manifest;
import de.cet.backup.domain.SchemaVersion;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.jboss.logging.Logger;

/**
 * Restores an archive into an empty instance. Nothing is written before the whole archive has been
 * decrypted and every checksum verified; the data is then written in one transaction, so a failure
 * leaves the instance as it was. An archive from an older schema is loaded into a scratch schema at its
 * own version, migrated there by the application's migrations, and then copied over in that one
 * transaction; an archive from a newer schema is refused.
 */
@ApplicationScoped
public class RestoreService implements Restores {

    private static final Logger LOG = Logger.getLogger(RestoreService.class);
    static final String RESTORE_FAILED = "The archive was read and verified, but its rows could not be written into "
        + "this database (a row breaks one of its rules, or the database failed); nothing was restored. "
        + "The server log has the details under this answer's request id.";

    private final DataSource dataSource;
    private final ScratchSchemaMigrator migrator;
    private final BackupConfig config;

    RestoreService(DataSource dataSource, ScratchSchemaMigrator migrator, BackupConfig config) {
        this.dataSource = dataSource;
        this.migrator = migrator;
        this.config = config;
    }

    @Override
    public RestoreResult restore(Path archive, RestoreKey key) {
        return restoreInto(dataSource, archive, key);
    }

    @Override
    public RestoreResult restoreInto(DataSource target, Path archive, RestoreKey restoreKey) {
        OpenPgp.DecryptionKey key = decryptionKey(restoreKey);
        Manifest manifest;
        try (InputStream in = OpenPgp.decrypt(Files.newInputStream(archive), key)) {
            manifest = ArchiveReader.verify(in);
        } catch (IOException e) {
            throw ArchiveReader.damaged("it cannot be read to its end", e);
        }
        SchemaVersion archived;
        try {
            archived = new SchemaVersion(manifest.schemaVersion());
        } catch (IllegalArgumentException e) {
            throw ArchiveReader.damaged("its manifest's schemaVersion is not a schema version");
        }
        String scratch = "cet_restore_" + HexFormat.of().formatHex(randomBytes(6));
        try (Connection c = target.getConnection()) {
            c.setAutoCommit(false);
            try {
                RestoreResult result = restoreVerified(target, c, archive, key, manifest, archived, scratch);
                c.commit();
                LOG.infof("Restored %d rows in %d tables from an archive at schema version %s",
                    result.rows(), result.tables(), result.archiveSchemaVersion());
                return result;
            } catch (RuntimeException | SQLException | IOException e) {
                c.rollback();
                dropScratch(target, scratch); // after the rollback, which releases the locks on it
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (FlywayException e) {
            // Migrating the scratch schema from the archive's version failed on the archive's data.
            LOG.errorf(e, "Restore failed while migrating the archive from schema version %s; nothing was restored", archived);
            throw new UnprocessableException("backup-restore-failed", RESTORE_FAILED);
        } catch (SQLException e) {
            // The driver's message holds the statement and the values of the failing row: log only.
            LOG.errorf(e, "Restore failed while writing the archive into the database (SQLSTATE %s); nothing was restored",
                e.getSQLState());
            throw new UnprocessableException("backup-restore-failed", RESTORE_FAILED);
        } catch (IOException e) {
            throw ArchiveReader.damaged("it cannot be read to its end", e);
        }
    }

    private static OpenPgp.DecryptionKey decryptionKey(RestoreKey key) {
        if (key instanceof RestoreKey.Passphrase p) {
            return OpenPgp.DecryptionKey.ofPassphrase(p.value());
        }
        RestoreKey.SecretKey k = (RestoreKey.SecretKey) key;
        return OpenPgp.DecryptionKey.ofSecretKey(k.armored(), k.passphrase());
    }

    private RestoreResult restoreVerified(DataSource target, Connection c, Path archive, OpenPgp.DecryptionKey key,
                                          Manifest manifest, SchemaVersion archived, String scratch)
            throws SQLException, IOException {
        String schema = SchemaCatalog.currentSchema(c);
        SchemaVersion current = new SchemaVersion(SchemaCatalog.schemaVersion(c, schema)
            .orElseThrow(() -> new IllegalStateException("The target database has not been migrated")));
        if (archived.isNewerThan(current)) {
            throw new UnprocessableException("backup-archive-newer-schema", "The archive was made by a newer CET "
                + "(schema version " + archived + "); this one is at " + current + ". Restore it with that CET "
                + "version or newer.").with("archiveSchemaVersion", archived.value()).with("schemaVersion", current.value());
        }
        if (!AdvisoryLock.tryAcquireForTransaction(c)) {
            throw new ConflictException("backup-in-progress", "A backup or restore is running; try again when it has finished.");
        }
        SchemaCatalog catalog = SchemaCatalog.read(c, schema);
        requireEmpty(c, catalog);
        if (archived.equals(current) || archived.compareTo(current) == 0) {
            requireCompatible(manifest, catalog);
            truncateNonEmpty(c, catalog);
            long rows;
            SchemaCatalog.deferDerived(c);
            try (InputStream in = OpenPgp.decrypt(Files.newInputStream(archive), key)) {
                rows = ArchiveReader.load(in, manifest, c, catalog);
            }
            restoreSequences(c, catalog, manifest.sequences().stream()
                .collect(Collectors.toMap(Manifest.SequenceValue::name, Function.identity())));
            // derived tables are not in the archive: recomputed from what was just loaded (ADR 0008)
            catalog.rebuildDerived(c);
            return new RestoreResult(archived.value(), current.value(), manifest.tables().size(), rows, false);
        }
        return restoreOlder(target, c, archive, key, manifest, archived, current, catalog, scratch);
    }

    private RestoreResult restoreOlder(DataSource target, Connection c, Path archive, OpenPgp.DecryptionKey key,
                                       Manifest manifest, SchemaVersion archived, SchemaVersion current,
                                       SchemaCatalog catalog, String scratch) throws SQLException, IOException {
        migrator.migrate(target, scratch, archived.value());
        long rows;
        try (Connection s = target.getConnection()) {
            // The scratch schema is CET's own copy at the archive's version, which may predate V081.
            SchemaCatalog.makeForeignKeysDeferrable(s, scratch);
            s.setAutoCommit(false);
            SchemaCatalog.deferDerived(s);
            SchemaCatalog old = SchemaCatalog.read(s, scratch);
            requireCompatible(manifest, old);
            try (InputStream in = OpenPgp.decrypt(Files.newInputStream(archive), key)) {
                rows = ArchiveReader.load(in, manifest, s, old);
            }
            restoreSequences(s, old, manifest.sequences().stream()
                .collect(Collectors.toMap(Manifest.SequenceValue::name, Function.identity())));
            s.commit();
            s.setAutoCommit(true);
        }
        migrator.migrate(target, scratch, null);
        SchemaCatalog migrated = SchemaCatalog.read(c, scratch);
        truncateNonEmpty(c, catalog);
        ArchiveReader.deferForeignKeys(c, catalog);
        SchemaCatalog.deferDerived(c);
        List<Manifest.SequenceValue> sequences = new ArrayList<>();
        for (SchemaCatalog.Table table : catalog.tablesInLoadOrder()) {
            SchemaCatalog.Table source = migrated.table(table.name()).orElse(null);
            if (source == null) {
                continue;
            }
            Set<String> available = source.columns().stream().map(Manifest.Column::name).collect(Collectors.toSet());
            String columns = table.columns().stream().map(Manifest.Column::name).filter(available::contains)
                .map(SchemaCatalog::quote).collect(Collectors.joining(", "));
            try (var st = c.createStatement()) {
                st.executeUpdate("insert into " + catalog.qualified(table.name()) + " (" + columns + ")"
                    + (table.hasIdentityAlways() ? " overriding system value" : "")
                    + " select " + columns + " from " + migrated.qualified(table.name()));
            }
        }
        for (String sequence : migrated.sequences()) {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select last_value, is_called from " + migrated.qualified(sequence))) {
                rs.next();
                sequences.add(new Manifest.SequenceValue(sequence, rs.getLong(1), rs.getBoolean(2)));
            }
        }
        restoreSequences(c, catalog, sequences.stream()
            .collect(Collectors.toMap(Manifest.SequenceValue::name, Function.identity())));
        try (var st = c.createStatement()) {
            // In the restore's transaction: this transaction holds locks on the scratch tables.
            st.execute("drop schema " + SchemaCatalog.quote(scratch) + " cascade");
        }
        catalog.rebuildDerived(c);
        return new RestoreResult(archived.value(), current.value(), manifest.tables().size(), rows, true);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void dropScratch(DataSource target, String scratch) {
        try (Connection s = target.getConnection(); var st = s.createStatement()) {
            st.execute("drop schema if exists " + SchemaCatalog.quote(scratch) + " cascade");
        } catch (SQLException e) {
            LOG.warnf("Could not drop the scratch schema %s: %s", scratch, e.getMessage());
        }
    }

    /** Refuses unless every table that is instance content (not in the replaceable list) is empty. */
    private void requireEmpty(Connection c, SchemaCatalog catalog) throws SQLException {
        Set<String> replaceable = Set.copyOf(config.restoreReplaceableTables());
        List<String> filled = new ArrayList<>();
        for (SchemaCatalog.Table table : catalog.tablesInLoadOrder()) {
            if (!replaceable.contains(table.name()) && hasRows(c, catalog, table.name())) {
                filled.add(table.name());
            }
        }
        if (!filled.isEmpty()) {
            // The operator finds the table names in the log; the answer says what it means, not how it is stored.
            LOG.warnf("Restore refused: the instance has data in %s", String.join(", ", filled));
            throw new ConflictException("instance-not-empty", "A backup is restored only into an empty instance; "
                + "this one already holds books or ledger data. Restore into a new installation.")
                .with("tablesWithData", filled.size());
        }
    }

    private static boolean hasRows(Connection c, SchemaCatalog catalog, String table) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select exists (select 1 from " + catalog.qualified(table) + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Every table and column of the archive must exist in the target at the same version. */
    private static void requireCompatible(Manifest manifest, SchemaCatalog catalog) {
        List<String> problems = new ArrayList<>();
        for (Manifest.TableEntry table : manifest.tables()) {
            var target = catalog.table(table.name());
            if (target.isEmpty()) {
                problems.add("table " + table.name() + " does not exist here");
                continue;
            }
            Map<String, String> types = target.get().columns().stream()
                .collect(Collectors.toMap(Manifest.Column::name, Manifest.Column::type));
            for (Manifest.Column column : table.columns()) {
                if (!column.type().equals(types.get(column.name()))) {
                    problems.add("column " + table.name() + "." + column.name() + " (" + column.type() + ") "
                        + (types.containsKey(column.name()) ? "is " + types.get(column.name()) + " here" : "does not exist here"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableException("backup-archive-schema-mismatch",
                "The archive does not match its schema version here: " + String.join("; ", problems));
        }
    }

    /**
     * Only tables that are replaceable can hold rows here (the emptiness check ran); they are replaced.
     * Truncated together with every table that references them, as PostgreSQL demands (those are empty
     * or replaceable too, or the emptiness check would have refused).
     */
    private static void truncateNonEmpty(Connection c, SchemaCatalog catalog) throws SQLException {
        Set<String> filled = new java.util.TreeSet<>();
        for (SchemaCatalog.Table table : catalog.tablesInLoadOrder()) {
            if (hasRows(c, catalog, table.name())) {
                filled.add(table.name());
            }
        }
        if (!filled.isEmpty()) {
            try (var st = c.createStatement()) {
                st.execute("truncate " + catalog.withTablesReferencing(filled).stream()
                    .map(catalog::qualified).collect(Collectors.joining(", ")));
            }
        }
    }

    private static void restoreSequences(Connection c, SchemaCatalog catalog, Map<String, Manifest.SequenceValue> values)
            throws SQLException {
        for (String sequence : catalog.sequences()) {
            Manifest.SequenceValue value = values.get(sequence);
            if (value == null || value.value() == null) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                ps.setString(1, catalog.qualified(sequence));
                ps.setLong(2, value.value());
                ps.setBoolean(3, value.called());
                ps.execute();
            }
        }
    }
}
