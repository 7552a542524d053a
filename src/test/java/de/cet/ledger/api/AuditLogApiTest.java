package de.cet.ledger.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.books.domain.BookRole;
import de.cet.ledger.application.AuditTrail;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogApiTest {

    @Inject
    DataSource dataSource;

    @Inject
    AuditTrail auditTrail;

    @Inject
    UserTransaction transaction;

    @Test
    void everyChangeIsInTheChainReadableByAdminsTreasurersAndAuditorsNotMembers() {
        Actor admin = Actors.user();
        UUID book = LedgerFixtures.caucusBook(admin, 2026);
        UUID bank = LedgerFixtures.bankAccount(admin, book, "10.00", "2026-01-01");
        admin.api().body(tx("EXPENSE", "1.00", "2026-02-01", bank, category(admin, book, "EX-300")))
            .post(books(book, "/transactions")).then().statusCode(201);
        Actor auditor = Actors.member(book, BookRole.AUDITOR);
        Actor treasurer = Actors.member(book, BookRole.TREASURER);
        Actor member = Actors.member(book, BookRole.MEMBER);
        auditor.api().get(books(book, "/audit-log")).then().statusCode(200)
            .body("items.action", hasItems("PERIOD_CREATED", "DEFAULT_CATEGORIES_CREATED", "ACCOUNT_CREATED",
                "TRANSACTION_CREATED"))
            .body("items[0].sequence", equalTo(1))
            .body("items[0].prevHash", equalTo("0".repeat(64)));
        treasurer.api().get(books(book, "/audit-log/verification")).then().statusCode(200)
            .body("valid", equalTo(true)).body("entries", equalTo(4));
        member.api().get(books(book, "/audit-log")).then().statusCode(403);
        member.api().get(books(book, "/audit-log/verification")).then().statusCode(403);
        Actors.user().api().get(books(book, "/audit-log")).then().statusCode(404);
    }

    @Test
    void theAuditorNarrowsTheLogByActionEntityActorAndDayAndABadFilterIsA400() {
        Actor admin = Actors.user();
        UUID book = LedgerFixtures.caucusBook(admin, 2026);
        UUID bank = LedgerFixtures.bankAccount(admin, book, "10.00", "2026-01-01");
        String tx = admin.api().body(tx("EXPENSE", "1.00", "2026-02-01", bank, category(admin, book, "EX-300")))
            .post(books(book, "/transactions")).then().statusCode(201).extract().path("id");
        Actor auditor = Actors.member(book, BookRole.AUDITOR);
        auditor.api().queryParam("action", "TRANSACTION_CREATED").get(books(book, "/audit-log")).then().statusCode(200)
            .body("totalItems", equalTo(1)).body("items[0].entityId", equalTo(tx));
        auditor.api().queryParam("entityType", "Account").get(books(book, "/audit-log")).then().statusCode(200)
            .body("totalItems", equalTo(1)).body("items[0].action", equalTo("ACCOUNT_CREATED"));
        auditor.api().queryParam("entityId", tx).queryParam("actorId", admin.id().toString())
            .get(books(book, "/audit-log")).then().statusCode(200).body("totalItems", equalTo(1));
        auditor.api().queryParam("actorId", auditor.id().toString()).get(books(book, "/audit-log")).then().statusCode(200)
            .body("totalItems", equalTo(0));
        // The day the entries were written by the application's clock (tests may move it), as the API says.
        String at = auditor.api().get(books(book, "/audit-log")).then().statusCode(200).extract().path("items[0].at");
        String today = java.time.Instant.parse(at).atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
        auditor.api().queryParam("from", today).queryParam("to", today).get(books(book, "/audit-log")).then().statusCode(200)
            .body("totalItems", equalTo(4));
        auditor.api().queryParam("to", "2000-01-01").get(books(book, "/audit-log")).then().statusCode(200)
            .body("totalItems", equalTo(0));
        auditor.api().queryParam("actorId", "nobody").queryParam("from", "yesterday").get(books(book, "/audit-log"))
            .then().statusCode(400).body("errors.field", hasItems("actorId", "from"));
        auditor.api().queryParam("action", "x".repeat(101)).get(books(book, "/audit-log")).then().statusCode(400)
            .body("errors.field", hasItems("action"));
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletesAndVerificationFindsATamperedRow() throws SQLException {
        Actor admin = Actors.user();
        UUID book = LedgerFixtures.caucusBook(admin, 2026);
        LedgerFixtures.bankAccount(admin, book, "10.00", "2026-01-01");
        LedgerFixtures.cashAccount(admin, book, "5.00", "2026-01-01");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                "update ledger_audit_entry set payload = '{}' where book_id = '" + book + "' and sequence = 3"));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                "delete from ledger_audit_entry where book_id = '" + book + "'"));
            s.execute("alter table ledger_audit_entry disable trigger ledger_audit_no_update_or_delete");
            try {
                s.executeUpdate("update ledger_audit_entry set payload = replace(payload, '10.00', '1000.00') "
                    + "where book_id = '" + book + "' and sequence = 3");
            } finally {
                s.execute("alter table ledger_audit_entry enable trigger ledger_audit_no_update_or_delete");
            }
        }
        admin.api().get(books(book, "/audit-log/verification")).then().statusCode(200)
            .body("valid", equalTo(false)).body("entries", equalTo(4)).body("firstBrokenAt", equalTo(3));
    }

    @Test
    void concurrentChangesOfOneBookDoNotForkTheChain() throws Exception {
        Actor admin = Actors.user();
        UUID book = LedgerFixtures.caucusBook(admin, 2026);
        UUID bank = LedgerFixtures.bankAccount(admin, book, "10.00", "2026-01-01");
        UUID office = category(admin, book, "EX-300");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Map<String, Object> body = tx("EXPENSE", (i + 1) + ".00", "2026-02-01", bank, office);
                results.add(pool.submit(() -> admin.api().body(body).post(books(book, "/transactions")).statusCode()));
            }
            for (Future<Integer> f : results) {
                assertEquals(201, f.get());
            }
        } finally {
            pool.shutdown();
        }
        admin.api().get(books(book, "/audit-log/verification")).then().statusCode(200)
            .body("valid", equalTo(true)).body("entries", greaterThan(14));
    }

    @Test
    void manyParallelCreatesInOneBookEndUpInOneChainWithoutGapOrForkAndNoneIsLost() throws Exception {
        Actor admin = Actors.user();
        UUID book = LedgerFixtures.caucusBook(admin, 2026);
        UUID bank = LedgerFixtures.bankAccount(admin, book, "10.00", "2026-01-01");
        UUID office = category(admin, book, "EX-300");
        long before = chain(book)[0];
        int creates = 48;
        List<String> acknowledged = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < creates; i++) {
                Map<String, Object> body = tx("EXPENSE", (i + 1) + ".00", "2026-02-01", bank, office);
                results.add(pool.submit(() -> admin.api().body(body).post(books(book, "/transactions"))
                    .then().statusCode(201).extract().<String>path("id")));
            }
            for (Future<String> f : results) {
                acknowledged.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        long[] c = chain(book);
        // entries, distinct sequences, highest sequence, distinct predecessors: all equal means 1..n, no fork
        assertEquals(before + creates, c[0]);
        assertEquals(c[0], c[1]);
        assertEquals(c[0], c[2]);
        assertEquals(c[0], c[3]);
        for (String id : acknowledged) {
            assertEquals(1, createdEntries(book, id), "audit entries of the acknowledged create " + id
                + " written by the create's own database transaction");
        }
        admin.api().get(books(book, "/audit-log/verification")).then().statusCode(200)
            .body("valid", equalTo(true)).body("entries", equalTo((int) before + creates));
    }

    @Test
    void aChangeStillInProgressDoesNotHoldUpOtherChangesOfTheBookAndIsAppendedWhenItCommits() throws Exception {
        Actor admin = Actors.user();
        UUID book = LedgerFixtures.caucusBook(admin, 2026);
        UUID bank = LedgerFixtures.bankAccount(admin, book, "10.00", "2026-01-01");
        UUID office = category(admin, book, "EX-300");
        long before = chain(book)[0];
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            transaction.begin();
            auditTrail.record(book, admin.id(), "TEST_SLOW_CHANGE", "Test", "slow", Map.of("step", "1"));
            // While this transaction is open, a create of the same book completes: nothing holds the book's lock.
            // (Before ADR 0009 the record above took it, and the create waited until the commit below.)
            Future<String> create = other.submit(() -> admin.api()
                .body(tx("EXPENSE", "3.00", "2026-02-01", bank, office)).post(books(book, "/transactions"))
                .then().statusCode(201).extract().<String>path("id"));
            String id = create.get(60, TimeUnit.SECONDS);
            assertEquals(1, createdEntries(book, id));
            transaction.commit();
        } finally {
            other.shutdown();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet last = s.executeQuery("select sequence, action from ledger_audit_entry where book_id = '" + book
                 + "' order by sequence desc limit 2")) {
            last.next();
            assertEquals(before + 2, last.getLong(1));
            assertEquals("TEST_SLOW_CHANGE", last.getString(2));
            last.next();
            assertEquals("TRANSACTION_CREATED", last.getString(2));
        }
        admin.api().get(books(book, "/audit-log/verification")).then().statusCode(200)
            .body("valid", equalTo(true)).body("entries", equalTo((int) before + 2));
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() throws Exception {
        Actor admin = Actors.user();
        UUID book = LedgerFixtures.caucusBook(admin, 2026);
        long before = chain(book)[0];
        transaction.begin();
        auditTrail.record(book, admin.id(), "TEST_ABANDONED_CHANGE", "Test", "gone", Map.of("step", "1"));
        transaction.rollback();
        assertEquals(before, chain(book)[0]);
        admin.api().get(books(book, "/audit-log/verification")).then().statusCode(200)
            .body("valid", equalTo(true)).body("entries", equalTo((int) before));
    }

    /** Entries, distinct sequences, the highest sequence and distinct prevHashes of the book's chain. */
    private long[] chain(UUID book) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*), count(distinct sequence), coalesce(max(sequence), 0), "
                 + "count(distinct prev_hash) from ledger_audit_entry where book_id = '" + book + "'")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)};
        }
    }

    /** The create's TRANSACTION_CREATED entries written by the same database transaction (xmin) as its row. */
    private long createdEntries(UUID book, String transactionId) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from ledger_audit_entry e join ledger_transaction t "
                 + "on t.id::text = e.entity_id and t.xmin::text = e.xmin::text where e.book_id = '" + book
                 + "' and e.action = 'TRANSACTION_CREATED' and e.entity_id = '" + transactionId + "'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
