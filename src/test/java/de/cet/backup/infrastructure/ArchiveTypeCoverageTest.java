package de.cet.backup.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.backup.TestDatabases;
import de.cet.backup.domain.Manifest;
import de.cet.shared.error.UnprocessableException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every PostgreSQL type the contexts use (and more) survives archive and reload exactly: written from one
 * schema, read into another with the same tables, compared as PostgreSQL's text form of every row.
 */
class ArchiveTypeCoverageTest {

    private static final String SOURCE = "backup_types_source";
    private static final String TARGET = "backup_types_target";
    private static final String DDL = """
        create type mood as enum ('calm', 'busy');
        create table flyway_schema_history (installed_rank int, version varchar(50), success boolean);
        insert into flyway_schema_history values (1, '1', true);
        create table parent (id int generated always as identity primary key, name text not null);
        create table every_type (
            id          uuid primary key,
            parent_id   int references parent (id),
            t           text,
            vc          varchar(20),
            ch          char(3),
            amount      numeric(15, 2),
            big_number  numeric,
            small       smallint,
            normal      integer,
            large       bigint,
            flag        boolean,
            day         date,
            at          timestamptz,
            local_at    timestamp,
            clock_time  time,
            span        interval,
            doc         jsonb,
            raw_json    json,
            content     bytea,
            tags        text[],
            grid        int[][],
            feeling     mood,
            address     inet,
            ratio       double precision,
            amount_x2   numeric generated always as (amount * 2) stored
        );
        create table tree (id int primary key, parent int references tree (id));
        create table no_columns ();
        """;

    static PGSimpleDataSource source;
    static PGSimpleDataSource target;

    @BeforeAll
    static void createSchemas() throws Exception {
        source = TestDatabases.restoreTarget(SOURCE);
        target = TestDatabases.restoreTarget(TARGET);
        for (var ds : List.of(source, target)) {
            TestDatabases.recreate(ds, ds == source ? SOURCE : TARGET);
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute(DDL);
            }
        }
        try (Connection c = source.getConnection(); Statement st = c.createStatement()) {
            st.execute("""
                insert into parent (name) values ('Fraktion'), ('Haushalt');
                insert into every_type values (
                  '0b6f8c1e-8e0a-4f2a-9d59-3f1c2b7a9e01', 1, E'Zeile 1\\nZeile 2 "quoted" \\\\ tab\\t ümlaut € 😀', 'short', 'ab',
                  12345678901.23, 0.000000000000000000000000000001, -32768, 2147483647, 9223372036854775807, true,
                  '2026-02-28', '2026-11-21 05:46:18.123456+01', '2026-11-21 05:46:18.5', '23:59:59.999999',
                  '1 year 2 mons 3 days 04:05:06.7', '{"a": [1, 2.50, null, "x\\ny"], "b": {"ü": true}}',
                  '{ "keep" :  "whitespace",  "dup": 1, "dup": 2 }', decode('00ff10fe7f80', 'hex'),
                  array['a', null, 'with "quote"', 'with,comma', ''], '{{1,2},{3,4}}', 'busy', '192.168.0.1/24',
                  0.1 + 0.2, default);
                insert into every_type (id, at, local_at, day, content, tags, ratio) values (
                  '0b6f8c1e-8e0a-4f2a-9d59-3f1c2b7a9e02', 'infinity', '-infinity', '0001-01-01', '', '{}', 'NaN');
                insert into every_type (id) values ('0b6f8c1e-8e0a-4f2a-9d59-3f1c2b7a9e03');
                insert into tree values (1, null), (2, 1), (3, 2);
                insert into no_columns default values;
                insert into no_columns default values;
                """);
            // every byte value in a bytea
            try (var ps = c.prepareStatement("update every_type set content = ? where id = '0b6f8c1e-8e0a-4f2a-9d59-3f1c2b7a9e03'")) {
                byte[] all = new byte[256];
                for (int i = 0; i < 256; i++) {
                    all[i] = (byte) i;
                }
                ps.setBytes(1, all);
                ps.executeUpdate();
            }
        }
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        TestDatabases.drop(source, SOURCE);
        TestDatabases.drop(target, TARGET);
    }

    private static byte[] archive() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (Connection c = source.getConnection()) {
            ArchiveWriter.beginSnapshot(c);
            ArchiveWriter.write(c, zip, "test", Instant.parse("2026-11-21T05:00:00Z"));
            ArchiveWriter.endSnapshot(c);
        }
        return zip.toByteArray();
    }

    @Test
    void everyTypeSurvivesTheRoundTripExactly() throws Exception {
        byte[] zip = archive();
        Manifest manifest = ArchiveReader.verify(new ByteArrayInputStream(zip));
        assertEquals(List.of("no_columns", "parent", "every_type", "tree"),
            manifest.tables().stream().map(Manifest.TableEntry::name).toList(), "referenced tables first");

        TestDatabases.recreate(target, TARGET);
        try (Connection c = target.getConnection(); Statement st = c.createStatement()) {
            st.execute(DDL);
        }
        try (Connection c = target.getConnection()) {
            c.setAutoCommit(false);
            long rows = ArchiveReader.load(new ByteArrayInputStream(zip), manifest, c, SchemaCatalog.read(c, TARGET));
            c.commit();
            assertEquals(10, rows);
        }
        assertEquals(TestDatabases.contents(source), TestDatabases.contents(target));
        try (Connection c = target.getConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery("select raw_json::text from every_type where raw_json is not null")) {
            rs.next();
            assertEquals("{ \"keep\" :  \"whitespace\",  \"dup\": 1, \"dup\": 2 }", rs.getString(1), "json keeps its text");
        }
    }

    @Test
    void rowsAreReadableNdjsonWithDocumentedEncodings() throws Exception {
        String ndjson = entry(archive(), "data/every_type.ndjson");
        String first = ndjson.lines().filter(l -> l.contains("9e01")).findFirst().orElseThrow();
        assertTrue(first.contains("\"amount\":\"12345678901.23\""), first);
        assertTrue(first.contains("\"large\":9223372036854775807"), first);
        assertTrue(first.contains("\"flag\":true"), first);
        assertTrue(first.contains("\"at\":\"2026-11-21T04:46:18.123456Z\""), first);
        assertTrue(first.contains("\"day\":\"2026-02-28\""), first);
        assertTrue(first.contains("\"doc\":{\"a\": [1, 2.50, null, \"x\\ny\"], \"b\": {\"ü\": true}}"), first);
        assertTrue(first.contains("\"content\":\"AP8Q/n+A\""), first);
        assertTrue(first.contains("\"tags\":\"{a,NULL,\\\"with \\\\\\\"quote\\\\\\\"\\\",\\\"with,comma\\\",\\\"\\\"}\""), first);
        assertFalse(first.contains("amount_x2"), "generated columns are computed again, not archived");
        assertEquals(3, ndjson.lines().count());
    }

    @Test
    void aChangedEntryIsRefusedBeforeAnythingIsRead() throws Exception {
        byte[] zip = archive();
        byte[] changed = rewrite(zip, "data/parent.ndjson", s -> s.replace("Fraktion", "Fraktiox"));
        var e = assertThrows(UnprocessableException.class, () -> ArchiveReader.verify(new ByteArrayInputStream(changed)));
        assertTrue(e.getMessage().contains("SHA-256 of data/parent.ndjson"), e.getMessage());

        byte[] missing = rewrite(zip, "data/tree.ndjson", null);
        assertThrows(UnprocessableException.class, () -> ArchiveReader.verify(new ByteArrayInputStream(missing)));
    }

    static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    /** Copies a ZIP with one entry changed (or left out when {@code change} is null). */
    static byte[] rewrite(byte[] zip, String name, java.util.function.UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(name)) {
                    if (change == null) {
                        continue;
                    }
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

}
