package de.cet.backup.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import de.cet.backup.domain.Manifest;
import de.cet.shared.error.UnprocessableException;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jboss.logging.Logger;

/**
 * Reads an archive written by {@link ArchiveWriter}. {@link #verify} reads everything once and checks
 * the manifest and every checksum without writing anything; {@link #load} inserts the rows (the caller
 * owns the transaction) and checks the checksums again as it goes.
 *
 * <p>What a damaged archive is told is CET's own sentence about the archive; what a library said about
 * it (ZIP, JSON) goes to the log only.
 */
public final class ArchiveReader {

    private static final Logger LOG = Logger.getLogger(ArchiveReader.class);

    private static final int MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
    private static final int BATCH = 500;

    private ArchiveReader() {}

    /** @param detail CET's own words about the archive, never an exception's message */
    public static UnprocessableException damaged(String detail) {
        return new UnprocessableException("backup-archive-damaged", "The archive is damaged or not a CET backup: " + detail);
    }

    /** A damaged archive whose technical reason ({@code cause}) is logged, not answered. */
    public static UnprocessableException damaged(String detail, Exception cause) {
        LOG.warnf("Archive refused (%s): %s", detail, cause.toString());
        return damaged(detail);
    }

    /** Checks the archive's shape and every entry's SHA-256; returns its manifest. */
    public static Manifest verify(InputStream plaintextZip) throws IOException {
        Map<String, String> actual = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
        Manifest manifest = null;
        try (ZipInputStream zip = new ZipInputStream(plaintextZip)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (actual.containsKey(name) || (manifest != null && Manifest.ENTRY_NAME.equals(name))) {
                    throw damaged("entry " + name + " appears twice");
                }
                if (Manifest.ENTRY_NAME.equals(name)) {
                    byte[] bytes = zip.readNBytes(MAX_MANIFEST_BYTES + 1);
                    if (bytes.length > MAX_MANIFEST_BYTES) {
                        throw damaged("the manifest is implausibly large");
                    }
                    manifest = parseManifest(bytes);
                    continue;
                }
                MessageDigest sha = ArchiveWriter.sha256();
                long count = 0;
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    sha.update(buffer, 0, n);
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') count++;
                    }
                }
                actual.put(name, HexFormat.of().formatHex(sha.digest()));
                lines.put(name, count);
            }
        } catch (ZipException e) {
            throw damaged("it is not a readable ZIP archive", e);
        }
        if (manifest == null) {
            throw damaged("it has no " + Manifest.ENTRY_NAME);
        }
        if (!actual.keySet().equals(manifest.entries().keySet())) {
            Set<String> unlisted = new HashSet<>(actual.keySet());
            unlisted.removeAll(manifest.entries().keySet());
            Set<String> missing = new HashSet<>(manifest.entries().keySet());
            missing.removeAll(actual.keySet());
            throw damaged("entries not in the manifest " + unlisted + ", entries missing " + missing);
        }
        for (var expected : manifest.entries().entrySet()) {
            if (!expected.getValue().equalsIgnoreCase(actual.get(expected.getKey()))) {
                throw damaged("the SHA-256 of " + expected.getKey() + " does not match the manifest");
            }
        }
        for (Manifest.TableEntry table : manifest.tables()) {
            if (!manifest.entries().containsKey(table.entry())) {
                throw damaged("table " + table.name() + " has no data entry");
            }
            if (lines.get(table.entry()) != table.rows()) {
                throw damaged("table " + table.name() + " has " + lines.get(table.entry())
                    + " rows, the manifest says " + table.rows());
            }
        }
        return manifest;
    }

    private static Manifest parseManifest(byte[] bytes) {
        Manifest manifest;
        try {
            manifest = ArchiveJson.MAPPER.readValue(bytes, Manifest.class);
        } catch (IOException | RuntimeException e) {
            throw damaged("its manifest is not a CET backup manifest", e);
        }
        if (!Manifest.FORMAT.equals(manifest.format())) {
            throw damaged("its manifest does not name the format " + Manifest.FORMAT);
        }
        if (manifest.formatVersion() != Manifest.FORMAT_VERSION) {
            throw damaged("archive format version " + manifest.formatVersion() + " is not supported");
        }
        if (manifest.tables() == null || manifest.entries() == null) {
            throw damaged("the manifest lists no tables or entries");
        }
        return manifest;
    }

    /**
     * Defers every foreign key for the rest of the transaction on {@code c}: they are checked once, at
     * commit, against all rows written. This is what lets rows come in any order, with references to
     * rows of the same table, and cycles between tables. A key the schema declares not deferrable
     * (none after migration V081) would still be checked row by row; it is named in the log.
     */
    public static void deferForeignKeys(Connection c, SchemaCatalog target) throws SQLException {
        if (!target.immediateForeignKeys().isEmpty()) {
            LOG.warnf("Foreign keys of schema %s cannot be deferred; a restore relies on the order of their rows: %s",
                target.schema(), target.immediateForeignKeys());
        }
        try (var st = c.createStatement()) {
            st.execute("set constraints all deferred");
        }
    }

    /**
     * Inserts every table's rows into {@code target} (same tables, at the archive's schema version), in
     * whatever order the archive holds tables and rows: the foreign keys are deferred to the commit
     * (see {@link #deferForeignKeys}). Does not commit.
     */
    public static long load(InputStream plaintextZip, Manifest manifest, Connection c, SchemaCatalog target)
            throws IOException, SQLException {
        deferForeignKeys(c, target);
        Map<String, Manifest.TableEntry> byEntry = manifest.tables().stream()
            .collect(Collectors.toMap(Manifest.TableEntry::entry, t -> t));
        long total = 0;
        ZipInputStream zip = new ZipInputStream(plaintextZip);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            Manifest.TableEntry table = byEntry.get(entry.getName());
            if (table == null) {
                continue;
            }
            MessageDigest sha = ArchiveWriter.sha256();
            InputStream body = new DigestInputStream(new FilterInputStream(zip) {
                @Override
                public void close() {
                    // the entry ends; the archive goes on
                }
            }, sha);
            total += loadTable(body, table, c, target);
            body.transferTo(java.io.OutputStream.nullOutputStream());
            if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(manifest.entries().get(table.entry()))) {
                throw damaged("the SHA-256 of " + table.entry() + " changed while restoring");
            }
        }
        return total;
    }

    private static long loadTable(InputStream body, Manifest.TableEntry table, Connection c, SchemaCatalog target)
            throws IOException, SQLException {
        List<Manifest.Column> columns = table.columns();
        SchemaCatalog.Table targetTable = target.table(table.name()).orElseThrow();
        String insert = "insert into " + target.qualified(table.name())
            + (columns.isEmpty() ? " default values"
                : " (" + columns.stream().map(col -> SchemaCatalog.quote(col.name())).collect(Collectors.joining(", ")) + ")"
                    + (targetTable.hasIdentityAlways() ? " overriding system value" : "")
                    + " values (" + columns.stream().map(NdjsonCodec::placeholder).collect(Collectors.joining(", ")) + ")");
        long rows = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024);
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            String line;
            int pending = 0;
            while ((line = reader.readLine()) != null) {
                JsonNode row;
                try {
                    row = ArchiveJson.MAPPER.readTree(line);
                } catch (IOException e) {
                    throw damaged("row " + (rows + 1) + " of " + table.name() + " is not JSON");
                }
                if (row == null || !row.isObject()) {
                    throw damaged("row " + (rows + 1) + " of " + table.name() + " is not a JSON object");
                }
                try {
                    for (int i = 0; i < columns.size(); i++) {
                        NdjsonCodec.bind(ps, i + 1, columns.get(i), row.get(columns.get(i).name()));
                    }
                } catch (IllegalArgumentException e) {
                    throw damaged("row " + (rows + 1) + " of " + table.name() + " has a value that does not match "
                        + "its column's type in the manifest", e);
                }
                ps.addBatch();
                rows++;
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        return rows;
    }
}
