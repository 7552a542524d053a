package de.cet.ledger.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What one {@code POST /books/{id}/transactions} costs in the database (ADR 0009): the statements Hibernate
 * sends for it, counted from its SQL log. Four more go over plain JDBC: the bearer-token check, and the audit
 * chain's lock, head and append just before commit (AuditLogApiTest shows that they commit with the change).
 */
@QuarkusTest
class CreateCostTest {

    @Test
    void aDraftCreateReadsTheBookOnceAndTakesTheChainLockOnlyForTheAppendAtTheEnd() {
        Actor admin = Actors.user();
        UUID book = LedgerFixtures.caucusBook(admin, 2026);
        UUID bank = LedgerFixtures.bankAccount(admin, book, "10.00", "2026-01-01");
        UUID office = category(admin, book, "EX-300");
        admin.api().body(tx("EXPENSE", "1.00", "2026-02-01", bank, office)).post(books(book, "/transactions")).then().statusCode(201);
        List<String> sql;
        try (SqlCapture capture = new SqlCapture()) {
            admin.api().body(tx("EXPENSE", "2.00", "2026-02-02", bank, office)).post(books(book, "/transactions"))
                .then().statusCode(201);
            sql = capture.ofThreadThatRan("insert into ledger_transaction ");
        }
        String all = String.join("\n", sql);
        // membership; accounts, categories, book settings, periods, members (once: 15 statements with the chain's
        // before ADR 0009); the entry and its history. The chain's lock, head and append follow as the commit's
        // first step over plain JDBC (SqlAuditLog.appendAtHead), the session check came before, also plain JDBC.
        // Last, the live update for the book's open clients (ADR 0018), which PostgreSQL delivers at commit.
        assertEquals(9, sql.size(), all);
        assertEquals(1, sql.stream().filter(s -> s.contains("from ledger_category")).count(), all);
        assertTrue(sql.get(6).startsWith("insert into ledger_transaction "), all);
        assertTrue(sql.get(7).startsWith("insert into ledger_transaction_change"), all);
        assertTrue(sql.get(8).startsWith("select pg_notify"), all);
        assertTrue(sql.stream().noneMatch(s -> s.contains("ledger_audit_entry") || s.contains("advisory")), all);
    }
}
