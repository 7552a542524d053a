package de.cet.ledger.api;

import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds ledger data through the API for the ledger's integration tests. */
final class LedgerFixtures {
    private LedgerFixtures() {}

    static final String IBAN = "DE89370400440532013000";

    /** A caucus book whose first period is the calendar year {@code year}. */
    static UUID caucusBook(Actor owner, int year) {
        String id = owner.api().body(Map.of("name", "Fraktion " + UUID.randomUUID().toString().substring(0, 8),
                "kind", "CAUCUS", "currency", "EUR",
                "firstPeriod", Map.of("name", String.valueOf(year), "startDate", year + "-01-01", "endDate", year + "-12-31")))
            .post("/api/v1/books").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static String books(UUID bookId, String rest) {
        return "/api/v1/books/" + bookId + rest;
    }

    static UUID bankAccount(Actor owner, UUID bookId, String opening, String openingDate) {
        return account(owner, bookId, Map.of("name", "Girokonto", "type", "BANK", "fund", "PUBLIC", "iban", IBAN,
            "openingBalance", opening, "openingDate", openingDate));
    }

    static UUID cashAccount(Actor owner, UUID bookId, String opening, String openingDate) {
        return account(owner, bookId, Map.of("name", "Handkasse", "type", "CASH", "fund", "PUBLIC",
            "openingBalance", opening, "openingDate", openingDate));
    }

    static UUID account(Actor owner, UUID bookId, Map<String, Object> body) {
        String id = owner.api().body(body).post(books(bookId, "/accounts")).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** The book's category mapped to {@code officialCode} (a caucus book has one per official category). */
    static UUID category(Actor reader, UUID bookId, String officialCode) {
        List<Map<String, Object>> items = reader.api().queryParam("size", 500).get(books(bookId, "/categories"))
            .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(c -> officialCode.equals(c.get("officialCode"))).findFirst()
            .map(c -> UUID.fromString((String) c.get("id"))).orElseThrow();
    }

    static UUID firstPeriod(Actor reader, UUID bookId) {
        String id = reader.api().get(books(bookId, "/periods")).then().statusCode(200).extract().path("items[0].id");
        return UUID.fromString(id);
    }

    static Map<String, Object> tx(String type, String amount, String date, UUID accountId, UUID categoryId) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("amount", amount);
        body.put("date", date);
        body.put("accountId", accountId.toString());
        if (categoryId != null) {
            body.put("categoryId", categoryId.toString());
        }
        return body;
    }

    static Actors.Actor treasurer(UUID bookId) {
        return Actors.member(bookId, de.cet.books.domain.BookRole.TREASURER);
    }
}
