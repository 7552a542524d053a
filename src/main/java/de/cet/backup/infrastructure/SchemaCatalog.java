package de.cet.backup.infrastructure;

import de.cet.backup.domain.LoadOrder;
import de.cet.backup.domain.Manifest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the application schema holds, read from {@code pg_catalog} at the moment of the backup or restore,
 * so that tables added by any context are covered without being named here.
 */
public final class SchemaCatalog {

    /** Flyway's own table: recorded as the manifest's schema version, never dumped as data. */
    public static final String FLYWAY_HISTORY = "flyway_schema_history";

    /**
     * A table whose comment reads {@code derived: <function>() recomputes it ...} holds data computed from other
     * tables (ADR 0008): never dumped, rebuilt by calling that function at the end of a restore.
     */
    private static final java.util.regex.Pattern DERIVED =
        java.util.regex.Pattern.compile("^derived: ([a-z_][a-z0-9_]*)\\(\\)");

    /** Set (transaction-local) while a restore loads: triggers that keep derived tables skip their work. */
    private static final String RESTORING = "select set_config('cet.restoring', 'on', true)";

    private final String schema;
    private final Map<String, Table> tables;
    private final List<String> sequences;
    private final List<String> immediateForeignKeys;
    private final Map<String, Set<String>> references;
    private final Set<String> derivedRebuilds;

    private SchemaCatalog(String schema, Map<String, Table> tables, List<String> sequences,
                          List<String> immediateForeignKeys, Map<String, Set<String>> references,
                          Set<String> derivedRebuilds) {
        this.schema = schema;
        this.tables = tables;
        this.sequences = sequences;
        this.immediateForeignKeys = immediateForeignKeys;
        this.references = references;
        this.derivedRebuilds = derivedRebuilds;
    }

    /** A table and its columns, excluding generated columns (recomputed on insert). */
    public record Table(String name, List<Manifest.Column> columns, boolean hasIdentityAlways) {}

    public static String currentSchema(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("select current_schema()")) {
            rs.next();
            String schema = rs.getString(1);
            if (schema == null) {
                throw new SQLException("The connection has no current schema");
            }
            return schema;
        }
    }

    public static SchemaCatalog read(Connection c, String schema) throws SQLException {
        Map<String, Long> oids = new HashMap<>();
        Set<String> derived = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select c.oid, c.relname, obj_description(c.oid, 'pg_class') from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition and c.relname <> ?""")) {
            ps.setString(1, schema);
            ps.setString(2, FLYWAY_HISTORY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    var rebuild = DERIVED.matcher(rs.getString(3) == null ? "" : rs.getString(3));
                    if (rebuild.find()) {
                        derived.add(rebuild.group(1));
                    } else {
                        oids.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
        }
        Map<String, Set<String>> references = new HashMap<>();
        List<String> immediate = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select src.relname, dst.relname, k.conname, k.condeferrable from pg_constraint k
                join pg_class src on src.oid = k.conrelid join pg_class dst on dst.oid = k.confrelid
                join pg_namespace n on n.oid = src.relnamespace
                where k.contype = 'f' and n.nspname = ? order by 1, 3""")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    references.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                    if (!rs.getBoolean(4)) {
                        immediate.add(rs.getString(1) + "." + rs.getString(3));
                    }
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : LoadOrder.of(oids.keySet(), references)) {
            tables.put(name, readTable(c, name, oids.get(name)));
        }
        List<String> sequences = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select sequencename from pg_sequences where schemaname = ? order by sequencename")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sequences.add(rs.getString(1));
                }
            }
        }
        return new SchemaCatalog(schema, tables, sequences, List.copyOf(immediate), Map.copyOf(references),
            Set.copyOf(derived));
    }

    /** For the rest of the transaction on {@code c}: the triggers that keep derived tables do nothing. */
    public static void deferDerived(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(RESTORING);
        }
    }

    /** Recomputes every derived table of this schema from the tables it is derived from. */
    public void rebuildDerived(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            for (String function : derivedRebuilds) {
                st.execute("select " + quote(schema) + "." + quote(function) + "()");
            }
        }
    }

    /**
     * Makes every foreign key of {@code schema} deferrable (initially immediate), as migration V081 did
     * for the application schema. Only for the restore's scratch schema: an archive of a schema older
     * than V081 is loaded there at its own version, whose keys could not yet be deferred.
     */
    public static void makeForeignKeysDeferrable(Connection c, String schema) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select t.relname, k.conname from pg_constraint k
                join pg_class t on t.oid = k.conrelid join pg_namespace n on n.oid = t.relnamespace
                where k.contype = 'f' and not k.condeferrable and n.nspname = ?""")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        try (var st = c.createStatement()) {
            for (String[] key : keys) {
                st.execute("alter table " + quote(schema) + "." + quote(key[0]) + " alter constraint " + quote(key[1])
                    + " deferrable initially immediate");
            }
        }
    }

    private static Table readTable(Connection c, String name, long oid) throws SQLException {
        List<Manifest.Column> columns = new ArrayList<>();
        boolean identityAlways = false;
        try (PreparedStatement ps = c.prepareStatement("""
                select a.attname, format_type(a.atttypid, a.atttypmod), t.typname, t.typcategory,
                       a.attgenerated, a.attidentity
                from pg_attribute a join pg_type t on t.oid = a.atttypid
                where a.attrelid = ? and a.attnum > 0 and not a.attisdropped order by a.attnum""")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(5).isEmpty()) {
                        continue; // generated column: PostgreSQL computes it again on insert
                    }
                    identityAlways |= "a".equals(rs.getString(6));
                    columns.add(new Manifest.Column(rs.getString(1), rs.getString(2),
                        NdjsonCodec.encodingOf(rs.getString(3), rs.getString(4))));
                }
            }
        }
        return new Table(name, columns, identityAlways);
    }

    public String schema() {
        return schema;
    }

    /** Every table except Flyway's history, referenced tables first where the foreign keys allow ({@link LoadOrder}). */
    public List<Table> tablesInLoadOrder() {
        return List.copyOf(tables.values());
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public List<String> sequences() {
        return sequences;
    }

    /**
     * {@code tables} and every table that references one of them, directly or through others: what
     * PostgreSQL requires to be truncated together.
     */
    public Set<String> withTablesReferencing(Set<String> tables) {
        Set<String> closure = new TreeSet<>(tables);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var entry : references.entrySet()) {
                if (!closure.contains(entry.getKey()) && entry.getValue().stream().anyMatch(closure::contains)) {
                    grew = closure.add(entry.getKey()) || grew;
                }
            }
        }
        return closure;
    }

    /** Foreign keys ({@code table.constraint}) that cannot be deferred; none after migration V081. */
    public List<String> immediateForeignKeys() {
        return immediateForeignKeys;
    }

    /** The version of the newest successful migration; empty if Flyway never ran here. */
    public static Optional<String> schemaVersion(Connection c, String schema) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement(
                "select 1 from pg_tables where schemaname = ? and tablename = ?")) {
            exists.setString(1, schema);
            exists.setString(2, FLYWAY_HISTORY);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
        }
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select version from " + quote(schema) + "." + FLYWAY_HISTORY
                    + " where success and version is not null order by installed_rank desc limit 1")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    public String qualified(String table) {
        return quote(schema) + "." + quote(table);
    }
}
