package de.cet.ledger.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.record;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Keyset pagination of the listing ({@code cursor} / {@code nextCursor}, docs/ledger-api.md): for every sort
 * field, both directions, the pages walked by cursor concatenate to the full sorted list (ties by id, nulls of
 * counterparty where PostgreSQL puts them); entries added between two pages neither repeat nor drop a row; a
 * cursor that is garbled, edited, or made for another sort or filters is a 400 naming {@code cursor}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingKeysetApiTest {

    private static final List<String> SORTS = List.of("date", "amount", "createdAt", "status", "type", "counterparty");

    private Actor admin;
    private UUID book;
    private UUID bank;
    private UUID office;
    private UUID grants;

    @BeforeEach
    void aBookWithTiesAndNulls() {
        if (book != null) {
            return;
        }
        admin = Actors.user();
        book = LedgerFixtures.caucusBook(admin, 2026);
        bank = LedgerFixtures.bankAccount(admin, book, "5000.00", "2026-01-01");
        office = category(admin, book, "EX-300");
        grants = category(admin, book, "IN-100");
        String[] amounts = {"10.00", "10.00", "25.50", "3.20", "10.00", "99.99", "3.20", "47.00", "10.00", "1.00", "25.50"};
        String[] counterparties = {"Papier AG", null, "Bahn", "Papier AG", null, "Amt", "bahn", null, "Zeta", "Papier AG", "Amt"};
        for (int i = 0; i < 22; i++) {
            int k = i % amounts.length;
            Map<String, Object> body = i % 3 == 0 ? tx("INCOME", amounts[k], "2026-02-0" + (1 + i % 4), bank, grants)
                : tx("EXPENSE", amounts[k], "2026-02-0" + (1 + i % 4), bank, office);
            if (counterparties[k] != null) {
                body.put("counterparty", counterparties[k]);
            }
            if (i % 5 == 0) {
                body.put("status", "SUBMITTED");
            }
            record(admin, book, body);
        }
    }

    @Test
    void pagesByCursorConcatenateToTheFullSortedListForEverySortAndDirection() {
        for (String sort : SORTS) {
            for (String dir : List.of("asc", "desc")) {
                String spec = sort + "," + dir;
                List<String> all = ids(page(r -> r.queryParam("sort", spec).queryParam("size", 500)));
                assertEquals(22, all.size(), spec);
                assertEquals(all, walk(spec, 5, r -> r, null), spec);
            }
        }
    }

    @Test
    void theOffsetPagesAnswerTheSameCursorAsTheKeysetOnes() {
        JsonPath first = page(r -> r.queryParam("sort", "amount,desc").queryParam("size", 5));
        JsonPath second = page(r -> r.queryParam("sort", "amount,desc").queryParam("size", 5)
            .queryParam("cursor", first.getString("nextCursor")));
        JsonPath byOffset = page(r -> r.queryParam("sort", "amount,desc").queryParam("size", 5).queryParam("page", 1));
        assertEquals(ids(byOffset), ids(second));
        assertEquals(1, second.getInt("page"));
        assertEquals(byOffset.getString("nextCursor"), second.getString("nextCursor"));
    }

    @Test
    void filtersStayAppliedAndTheLastPageHasNoCursor() {
        UnaryOperator<RequestSpecification> expenses = r -> r.queryParam("type", "EXPENSE");
        List<String> all = ids(page(r -> expenses.apply(r).queryParam("sort", "counterparty,asc").queryParam("size", 500)));
        assertEquals(all, walk("counterparty,asc", 4, expenses, null));
        UnaryOperator<RequestSpecification> text = r -> r.queryParam("q", "papier");
        List<String> papier = ids(page(r -> text.apply(r).queryParam("sort", "amount,asc").queryParam("size", 500)));
        assertEquals(papier, walk("amount,asc", 2, text, null));
        admin.api().queryParam("size", 500).get(books(book, "/transactions")).then().statusCode(200)
            .body("nextCursor", nullValue());
    }

    @Test
    void entriesAddedBetweenPagesNeitherRepeatNorDropARow() {
        UUID other = LedgerFixtures.caucusBook(admin, 2026);
        UUID account = LedgerFixtures.bankAccount(admin, other, "100.00", "2026-01-01");
        UUID category = category(admin, other, "EX-300");
        for (int i = 1; i <= 9; i++) {
            record(admin, other, tx("EXPENSE", i + ".00", "2026-03-0" + i, account, category));
        }
        for (String spec : List.of("amount,desc", "date,asc", "createdAt,asc")) {
            List<String> before = ids(admin.api().queryParam("sort", spec).queryParam("size", 500)
                .get(books(other, "/transactions")).then().statusCode(200).extract().jsonPath());
            List<String> seen = new ArrayList<>();
            String cursor = null;
            boolean inserted = false;
            do {
                var r = admin.api().queryParam("sort", spec).queryParam("size", 3);
                if (cursor != null) {
                    r.queryParam("cursor", cursor);
                }
                JsonPath p = r.get(books(other, "/transactions")).then().statusCode(200).extract().jsonPath();
                seen.addAll(ids(p));
                cursor = p.getString("nextCursor");
                if (!inserted) {
                    // sorts before the position reached (largest amount, earliest date) in every order but createdAt
                    record(admin, other, tx("EXPENSE", "500.00", "2026-01-15", account, category));
                    inserted = true;
                }
            } while (cursor != null);
            assertEquals(seen.size(), new HashSet<>(seen).size(), spec + ": no row twice");
            List<String> expected = spec.startsWith("createdAt") ? seen.subList(0, before.size()) : seen;
            assertEquals(before, expected, spec);
            if (spec.startsWith("createdAt")) {
                assertEquals(before.size() + 1, seen.size(), "a later entry is found at the end");
            }
        }
    }

    @Test
    void aGarbledEditedOrForeignCursorIsA400NamingIt() {
        String cursor = page(r -> r.queryParam("sort", "amount,asc").queryParam("size", 5)).getString("nextCursor");
        assertNotNull(cursor);
        char last = cursor.charAt(cursor.length() - 1);
        String edited = cursor.substring(0, cursor.length() - 1) + (last == 'a' ? 'b' : 'a');
        String[] parts = cursor.split("\\.");
        parts[5] = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("=0.00".getBytes());
        String forged = String.join(".", List.of(parts).subList(0, 7)) + "." + parts[7];
        for (String bad : List.of("garbage", "djE.x.y", edited, forged, cursor.substring(0, 20), "%%%", "a".repeat(3000))) {
            admin.api().queryParam("sort", "amount,asc").queryParam("cursor", bad).get(books(book, "/transactions"))
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        }
        admin.api().queryParam("sort", "amount,desc").queryParam("cursor", cursor).get(books(book, "/transactions"))
            .then().statusCode(400).body("errors.field", hasItem("cursor"));
        admin.api().queryParam("sort", "amount,asc").queryParam("type", "INCOME").queryParam("cursor", cursor)
            .get(books(book, "/transactions")).then().statusCode(400).body("errors.field", hasItem("cursor"));
        Actor stranger = Actors.user();
        stranger.api().queryParam("sort", "amount,asc").queryParam("cursor", cursor).get(books(book, "/transactions"))
            .then().statusCode(404);
        admin.api().queryParam("sort", "amount,asc").queryParam("size", 5).queryParam("cursor", cursor)
            .get(books(book, "/transactions")).then().statusCode(200).body("page", equalTo(1));
    }

    private List<String> walk(String spec, int size, UnaryOperator<RequestSpecification> filters, String start) {
        List<String> seen = new ArrayList<>();
        String cursor = start;
        int pages = 0;
        do {
            String at = cursor;
            JsonPath p = page(r -> {
                RequestSpecification q = filters.apply(r).queryParam("sort", spec).queryParam("size", size);
                return at == null ? q : q.queryParam("cursor", at);
            });
            assertEquals(pages, p.getInt("page"), spec);
            seen.addAll(ids(p));
            cursor = p.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 50);
        return seen;
    }

    private JsonPath page(UnaryOperator<RequestSpecification> query) {
        return query.apply(admin.api()).get(books(book, "/transactions")).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(JsonPath page) {
        return page.getList("items.id");
    }
}
