package de.cet.backup.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The table of contents of an archive ({@code manifest.json}): which CET and schema version wrote it,
 * when, every table with its columns and row count, the sequences' positions, and the SHA-256 of every
 * other entry. Written last, so that the checksums are known.
 */
public record Manifest(
    String format,
    int formatVersion,
    String cetVersion,
    String schemaVersion,
    Instant createdAt,
    List<TableEntry> tables,
    List<SequenceValue> sequences,
    Map<String, String> entries) {

    public static final String FORMAT = "cet-backup";
    public static final int FORMAT_VERSION = 1;
    public static final String ENTRY_NAME = "manifest.json";

    public Manifest {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        entries = Map.copyOf(entries);
    }

    /** One table: its data entry, row count and columns in the order of the NDJSON objects' meaning. */
    public record TableEntry(String name, String entry, long rows, List<Column> columns) {
        public TableEntry {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A column, its PostgreSQL type ({@code format_type}) and how its values are written: {@code string},
     * {@code number}, {@code boolean}, {@code json} or {@code base64}.
     */
    public record Column(String name, String type, String encoding) {}

    /** A sequence's state as {@code setval(name, value, called)} restores it; value null if never used. */
    public record SequenceValue(String name, Long value, boolean called) {}
}
