package de.cet.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.backup.TestDatabases;
import de.cet.backup.domain.Manifest;
import de.cet.backup.infrastructure.ArchiveReader;
import de.cet.backup.infrastructure.OpenPgp;
import de.cet.backup.infrastructure.SchemaCatalog;
import de.cet.ledger.domain.audit.AuditChain;
import de.cet.ledger.domain.audit.AuditEntry;
import de.cet.ledger.domain.audit.AuditVerification;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An upgrade as an operator does it: a database at the previous release's schema (V080, main before the
 * operations wave) holding a populated caucus year, then this release starts and Flyway migrates it.
 * The data is what release 0.1 itself wrote (its backup archive, src/test/resources/backup, loaded row
 * for row into a V080 schema like pg_restore would, triggers off). Before migrating, the figures are taken
 * with the previous release's own queries (its SqlLedgerQueries.balances and
 * SqlReportingQueries.sumsByOfficialCode, as of commit b40fc47~1); after migrating, with this release's
 * (ledger_balances and ledger_booked_effect of V100). Every balance at every period's start and end, every
 * closing balance stored at a year-end close and every transparency-report sum per fund and official
 * category must agree, and each book's audit chain must still verify.
 * That a backup made by the previous release restores into this one is BackupRoundTripTest's
 * anArchiveOfThePreviousReleaseWithReversalsAndReworksIsRestored (the same archive).
 */
class UpgradeFromPreviousReleaseTest {

    private static final String SCHEMA = "upgrade_from_v080";
    private static final String RELEASE_ARCHIVE = "/backup/release-0.1-schema-080.zip.pgp";
    private static final String PASSPHRASE = "correct horse battery staple";

    private final PGSimpleDataSource db = TestDatabases.restoreTarget(SCHEMA);

    @AfterEach
    void dropSchema() throws SQLException {
        TestDatabases.drop(db, SCHEMA);
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure(Thread.currentThread().getContextClassLoader())
            .dataSource(db).schemas(SCHEMA).defaultSchema(SCHEMA).locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    @Test
    void aPopulatedV080DatabaseMigratesWithEveryFigureAndTheAuditChainIntact() throws Exception {
        TestDatabases.recreate(db, SCHEMA);
        flyway("080").migrate();
        try (Connection c = db.getConnection()) {
            assertEquals("080", SchemaCatalog.schemaVersion(c, SCHEMA).orElseThrow());
        }
        long rows = loadPreviousReleaseData();
        assertTrue(rows > 100, "the release's instance: " + rows + " rows");

        TreeMap<String, String> before = figures(true);
        int auditEntries = count("ledger_audit_entry");
        assertTrue(before.keySet().stream().anyMatch(k -> k.startsWith("balance")), before.toString());
        assertTrue(before.keySet().stream().anyMatch(k -> k.startsWith("sum")), before.toString());
        assertTrue(before.keySet().stream().anyMatch(k -> k.startsWith("closing")), before.toString());
        // Release 0.1's caucus year: two accounts at two year ends, their closing balances, three report lines.
        assertEquals(9, before.size(), "figures compared: " + before);

        var result = flyway(null).migrate();
        assertTrue(result.migrationsExecuted > 0, "this release has migrations after V080");
        try (Connection c = db.getConnection()) {
            assertFalse(SchemaCatalog.schemaVersion(c, SCHEMA).orElseThrow().equals("080"));
        }

        assertEquals(before, figures(false), "figures after the upgrade");
        assertEquals(auditEntries, count("ledger_audit_entry"), "no audit entry lost or added");
        for (UUID book : books()) {
            List<AuditEntry> chain = auditChain(book);
            AuditVerification verification = AuditChain.verify(chain);
            assertTrue(verification.valid(), "audit chain of " + book + " broken at " + verification.firstBrokenAt());
            assertEquals(chain.size(), verification.entries());
        }
    }

    /** Loads the archive release 0.1 wrote into the V080 schema, as it is (no migration, no triggers). */
    private long loadPreviousReleaseData() throws Exception {
        byte[] zip;
        try (InputStream encrypted = getClass().getResourceAsStream(RELEASE_ARCHIVE);
             InputStream plain = OpenPgp.decrypt(encrypted, OpenPgp.DecryptionKey.ofPassphrase(PASSPHRASE))) {
            zip = plain.readAllBytes();
        }
        Manifest manifest = ArchiveReader.verify(new ByteArrayInputStream(zip));
        assertEquals("080", manifest.schemaVersion());
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            // As pg_restore loads data: rows in the archive's order, the schema's triggers and keys not
            // firing on the way in (V080 predates deferrable keys).
            st.execute("set session_replication_role = replica");
            long loaded = ArchiveReader.load(new ByteArrayInputStream(zip), manifest, c, SchemaCatalog.read(c, SCHEMA));
            st.execute("set session_replication_role = origin");
            c.commit();
            return loaded;
        }
    }

    /** Every figure a caucus sees, keyed by what it is: by the previous release's queries or by this one's. */
    private TreeMap<String, String> figures(boolean previousRelease) throws SQLException {
        TreeMap<String, String> figures = new TreeMap<>();
        try (Connection c = db.getConnection()) {
            List<Object[]> periods = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select book_id, id, start_date, end_date from ledger_period order by book_id, start_date")) {
                while (rs.next()) {
                    periods.add(new Object[] {rs.getObject(1), rs.getObject(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)});
                }
            }
            for (Object[] p : periods) {
                UUID book = (UUID) p[0];
                LocalDate start = (LocalDate) p[2];
                LocalDate end = (LocalDate) p[3];
                for (LocalDate day : List.of(start.minusDays(1), end)) {
                    balances(c, book, day, previousRelease, figures);
                }
                for (String fund : List.of("PUBLIC", "OWN")) {
                    sums(c, book, fund, start, end, previousRelease, figures);
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    select p.book_id, p.end_date, b.account_id, b.closing_balance
                    from ledger_period_balance b join ledger_period p on p.id = b.period_id""")) {
                while (rs.next()) {
                    // Stored at the close by the previous release; this release must compute the same.
                    figures.put("closing " + rs.getObject(1) + " " + rs.getObject(2) + " " + rs.getObject(3),
                        rs.getBigDecimal(4).toPlainString());
                    if (!previousRelease) {
                        balancesInto(c, (UUID) rs.getObject(1), rs.getObject(2, LocalDate.class), false, "closing-now", figures);
                    }
                }
            }
            if (!previousRelease) {
                // Each stored closing balance equals this release's balance at the close's day.
                figures.entrySet().removeIf(e -> {
                    if (!e.getKey().startsWith("closing-now")) {
                        return false;
                    }
                    String stored = figures.get(e.getKey().replace("closing-now", "closing"));
                    assertTrue(stored == null || stored.equals(e.getValue()), e.getKey() + ": " + e.getValue() + " vs stored " + stored);
                    return true;
                });
            }
        }
        return figures;
    }

    private static void balances(Connection c, UUID book, LocalDate day, boolean previousRelease, TreeMap<String, String> into)
            throws SQLException {
        if (previousRelease) {
            // Release 0.1's SqlLedgerQueries.balances, verbatim but for the parameter markers.
            try (PreparedStatement ps = c.prepareStatement("""
                    select a.id, a.opening_balance + coalesce((
                        select sum(case when t.reversal_of is null then 1 else -1 end * case
                                when t.type = 'INCOME' and t.account_id = a.id then t.amount
                                when t.type = 'EXPENSE' and t.account_id = a.id and t.paid_by_member_id is null then -t.amount
                                when t.type = 'TRANSFER' and t.account_id = a.id then -t.amount
                                when t.type = 'TRANSFER' and t.to_account_id = a.id then t.amount
                                else 0 end)
                        from ledger_transaction t
                        where t.book_id = a.book_id and t.status = 'BOOKED' and t.date <= ?
                          and (t.account_id = a.id or t.to_account_id = a.id)), 0)
                    from ledger_account a where a.book_id = ? and a.opening_date <= ?""")) {
                ps.setObject(1, day);
                ps.setObject(2, book);
                ps.setObject(3, day);
                put(ps, "balance " + book + " " + day, into);
            }
        } else {
            balancesInto(c, book, day, true, "balance", into);
        }
    }

    /** This release's balances at the end of {@code day} (V100's ledger_balances), accounts opened by then. */
    private static void balancesInto(Connection c, UUID book, LocalDate day, boolean openedOnly, String label,
                                     TreeMap<String, String> into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select b.account_id, b.balance from ledger_balances(?, ?, false) b
                join ledger_account a on a.id = b.account_id where not ? or a.opening_date <= ?""")) {
            ps.setObject(1, book);
            ps.setObject(2, day);
            ps.setBoolean(3, openedOnly);
            ps.setObject(4, day);
            put(ps, label + " " + book + " " + day, into);
        }
    }

    private static void sums(Connection c, UUID book, String fund, LocalDate from, LocalDate to, boolean previousRelease,
                             TreeMap<String, String> into) throws SQLException {
        // The transparency report's income and expense lines: release 0.1's sumsByOfficialCode, and this
        // release's over ledger_booked_effect.
        String sql = previousRelease ? """
                select c.official_code, sum(s.amount)
                from (select t.category_id,
                             sum(case when t.reversal_of is null then t.amount else -t.amount end) as amount
                      from ledger_transaction t
                      where t.book_id = ? and t.status = 'BOOKED' and t.date between ? and ?
                        and t.type in ('INCOME', 'EXPENSE') and t.reimburses_member_id is null
                        and t.account_id in (select a.id from ledger_account a where a.book_id = ? and a.fund = ?)
                      group by t.category_id) s
                join ledger_category c on c.id = s.category_id
                group by c.official_code""" : """
                select c.official_code, sum(s.amount)
                from (select e.category_id, sum(e.income + e.expense) as amount
                      from ledger_booked_effect e
                      where e.book_id = ? and e.counts_in_totals and e.date between ? and ?
                        and e.account_id in (select a.id from ledger_account a where a.book_id = ? and a.fund = ?)
                      group by e.category_id) s
                join ledger_category c on c.id = s.category_id
                group by c.official_code""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, book);
            ps.setObject(2, from);
            ps.setObject(3, to);
            ps.setObject(4, book);
            ps.setString(5, fund);
            put(ps, "sum " + book + " " + from + ".." + to + " " + fund, into);
        }
    }

    private static void put(PreparedStatement ps, String prefix, TreeMap<String, String> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.put(prefix + " " + rs.getString(1), rs.getBigDecimal(2).setScale(2).toPlainString());
            }
        }
    }

    private int count(String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private List<UUID> books() throws SQLException {
        List<UUID> books = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select id from books_book order by id")) {
            while (rs.next()) {
                books.add((UUID) rs.getObject(1));
            }
        }
        return books;
    }

    private List<AuditEntry> auditChain(UUID book) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select sequence, book_id, actor_id, at, action, entity_type, entity_id, payload, prev_hash, hash
                from ledger_audit_entry where book_id = ? order by sequence""")) {
            ps.setObject(1, book);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), (UUID) rs.getObject(2), (UUID) rs.getObject(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10)));
                }
            }
        }
        return entries;
    }
}
