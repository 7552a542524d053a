package de.cet.backup.infrastructure;

import com.fasterxml.jackson.core.JsonGenerator;
import de.cet.backup.domain.Manifest;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the whole application schema as a ZIP archive: {@code data/<table>.ndjson} per table in load
 * order, then {@code manifest.json}. All tables are read in one read-only REPEATABLE READ transaction,
 * so the archive is one consistent moment even while the application writes; rows are streamed with a
 * cursor, so memory does not grow with the size of the books.
 */
public final class ArchiveWriter {

    private static final int FETCH_SIZE = 200;

    private ArchiveWriter() {}

    /** Starts the read-only snapshot transaction the archive is read in. */
    public static void beginSnapshot(Connection c) throws SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try (var st = c.createStatement(); var rs = st.executeQuery("select 1")) {
            rs.next(); // the first query fixes the snapshot
        }
    }

    /** Ends the snapshot and returns the connection to its defaults. */
    public static void endSnapshot(Connection c) throws SQLException {
        if (c.getAutoCommit()) {
            return;
        }
        c.rollback();
        c.setReadOnly(false);
        c.setAutoCommit(true);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    /**
     * Writes the archive to {@code out} (not closed), inside the snapshot begun by
     * {@link #beginSnapshot}.
     */
    public static Manifest write(Connection c, OutputStream out, String cetVersion, Instant now)
            throws SQLException, IOException {
        try (var st = c.createStatement()) {
            // These settings make the text forms unambiguous.
            st.execute("set local datestyle = 'ISO, YMD'");
            st.execute("set local intervalstyle = 'postgres'");
            st.execute("set local extra_float_digits = 3");
            st.execute("set local timezone = 'UTC'");
        }
        String schema = SchemaCatalog.currentSchema(c);
        SchemaCatalog catalog = SchemaCatalog.read(c, schema);
        String version = SchemaCatalog.schemaVersion(c, schema)
            .orElseThrow(() -> new SQLException("Schema " + schema + " has no Flyway history"));

        ZipOutputStream zip = new ZipOutputStream(nonClosing(out));
        Map<String, String> checksums = new LinkedHashMap<>();
        List<Manifest.TableEntry> tables = new ArrayList<>();
        for (SchemaCatalog.Table table : catalog.tablesInLoadOrder()) {
            String entry = "data/" + table.name() + ".ndjson";
            zip.putNextEntry(new ZipEntry(entry));
            MessageDigest sha = sha256();
            DigestOutputStream digesting = new DigestOutputStream(nonClosing(zip), sha);
            long rows = writeTable(c, catalog, table, digesting);
            digesting.flush();
            zip.closeEntry();
            checksums.put(entry, HexFormat.of().formatHex(sha.digest()));
            tables.add(new Manifest.TableEntry(table.name(), entry, rows, table.columns()));
        }
        List<Manifest.SequenceValue> sequences = new ArrayList<>();
        for (String sequence : catalog.sequences()) {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select last_value, is_called from " + catalog.qualified(sequence))) {
                rs.next();
                sequences.add(new Manifest.SequenceValue(sequence, rs.getLong(1), rs.getBoolean(2)));
            }
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, cetVersion, version, now,
            tables, sequences, checksums);
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY_NAME));
        ArchiveJson.MAPPER.writeValue(nonClosing(zip), manifest);
        zip.closeEntry();
        zip.finish();
        zip.close();
        return manifest;
    }

    private static long writeTable(Connection c, SchemaCatalog catalog, SchemaCatalog.Table table, OutputStream out)
            throws SQLException, IOException {
        List<Manifest.Column> columns = table.columns();
        String select = columns.isEmpty() ? "select from " + catalog.qualified(table.name())
            : "select " + columns.stream().map(NdjsonCodec::selectExpression).collect(Collectors.joining(", "))
                + " from " + catalog.qualified(table.name());
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery();
                 JsonGenerator json = ArchiveJson.MAPPER.getFactory().createGenerator(out)) {
                json.setPrettyPrinter(null);
                while (rs.next()) {
                    json.writeStartObject();
                    for (int i = 0; i < columns.size(); i++) {
                        NdjsonCodec.write(json, rs, i + 1, columns.get(i));
                    }
                    json.writeEndObject();
                    json.writeRaw('\n');
                    rows++;
                }
                json.flush();
            }
        }
        return rows;
    }

    static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
