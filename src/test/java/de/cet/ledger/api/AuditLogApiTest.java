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
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogApiTest {

    @Inject
    DataSource dataSource;

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
}
