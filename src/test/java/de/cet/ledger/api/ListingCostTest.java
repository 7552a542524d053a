package de.cet.ledger.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What one page of {@code GET /books/{id}/transactions} costs in the database, counted from Hibernate's SQL log. */
@QuarkusTest
class ListingCostTest {

    @Test
    void aPageOfTheListingCostsNineStatementsWhateverItsSize() {
        Actor admin = Actors.user();
        UUID book = LedgerFixtures.caucusBook(admin, 2026);
        UUID bank = LedgerFixtures.bankAccount(admin, book, "10.00", "2026-01-01");
        UUID office = category(admin, book, "EX-300");
        for (int i = 1; i <= 12; i++) {
            admin.api().body(tx("EXPENSE", i + ".00", "2026-02-0" + (1 + i % 9), bank, office))
                .post(books(book, "/transactions")).then().statusCode(201);
        }
        List<String> sql;
        try (SqlCapture capture = new SqlCapture()) {
            admin.api().queryParam("size", 10).get(books(book, "/transactions")).then().statusCode(200);
            sql = capture.ofThreadThatRan("ledger_listing_total");
        }
        String all = String.join("\n", sql);
        // membership; kept totals (ledger_listing_total, ADR 0008); the page's ids; what the warnings read
        // (accounts, categories, book settings: no periods, no members); the entries with their receipts and
        // approvals. The session check before is plain JDBC. Nine, for a page of 10 as for one of 500.
        assertEquals(9, sql.size(), all);
        assertEquals(0, sql.stream().filter(s -> s.contains("from ledger_period") || s.contains("m1_0.book_id=?")).count(), all);
        assertEquals(1, sql.stream().filter(s -> s.startsWith("select t1_0.id,")).count(), all);
    }
}
