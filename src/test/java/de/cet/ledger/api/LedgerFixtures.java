package de.cet.ledger.api;

import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds ledger data through the API for the ledger's integration tests. */
public final class LedgerFixtures {
    private LedgerFixtures() {}

    public static final String IBAN = "DE89370400440532013000";

    /** A caucus book whose first period is the calendar year {@code year}. */
    public static UUID caucusBook(Actor owner, int year) {
        String id = owner.api().body(Map.of("name", "Fraktion " + UUID.randomUUID().toString().substring(0, 8),
                "kind", "CAUCUS", "currency", "EUR",
                "firstPeriod", Map.of("name", String.valueOf(year), "startDate", year + "-01-01", "endDate", year + "-12-31")))
            .post("/api/v1/books").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static String books(UUID bookId, String rest) {
        return "/api/v1/books/" + bookId + rest;
    }

    public static UUID bankAccount(Actor owner, UUID bookId, String opening, String openingDate) {
        return account(owner, bookId, Map.of("name", "Girokonto", "type", "BANK", "fund", "PUBLIC", "iban", IBAN,
            "openingBalance", opening, "openingDate", openingDate));
    }

    public static UUID cashAccount(Actor owner, UUID bookId, String opening, String openingDate) {
        return account(owner, bookId, Map.of("name", "Handkasse", "type", "CASH", "fund", "PUBLIC",
            "openingBalance", opening, "openingDate", openingDate));
    }

    public static UUID account(Actor owner, UUID bookId, Map<String, Object> body) {
        String id = owner.api().body(body).post(books(bookId, "/accounts")).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** The book's category mapped to {@code officialCode} (a caucus book has one per official category). */
    public static UUID category(Actor reader, UUID bookId, String officialCode) {
        List<Map<String, Object>> items = reader.api().queryParam("size", 500).get(books(bookId, "/categories"))
            .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(c -> officialCode.equals(c.get("officialCode"))).findFirst()
            .map(c -> UUID.fromString((String) c.get("id"))).orElseThrow();
    }

    public static UUID firstPeriod(Actor reader, UUID bookId) {
        String id = reader.api().get(books(bookId, "/periods")).then().statusCode(200).extract().path("items[0].id");
        return UUID.fromString(id);
    }

    public static Map<String, Object> tx(String type, String amount, String date, UUID accountId, UUID categoryId) {
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

    /** Changes the book's settings (fourEyes, requireApproval, dualApprovalAbove, requireReceipt ...). */
    public static void settings(Actor admin, UUID bookId, Map<String, Object> changes) {
        Number version = admin.api().get("/api/v1/books/" + bookId).then().statusCode(200).extract().path("version");
        Map<String, Object> body = new HashMap<>(changes);
        body.put("version", version.longValue());
        admin.api().body(body).patch("/api/v1/books/" + bookId).then().statusCode(200);
    }

    /** A small PNG whose bytes differ per {@code marker}, so that each is a different file. */
    public static byte[] png(String marker) {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        byte[] tail = marker.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    public static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    public static io.restassured.response.ValidatableResponse upload(Actor actor, UUID bookId, String fileName, byte[] bytes,
                                                               String declaredType) {
        return io.restassured.RestAssured.given().header("Authorization", "Bearer " + actor.accessToken())
            .multiPart("file", fileName, bytes, declaredType)
            .post(books(bookId, "/receipts")).then();
    }

    public static UUID receipt(Actor actor, UUID bookId, String marker) {
        String id = upload(actor, bookId, marker + ".pdf", pdf(marker), "application/pdf").statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Creates an entry and answers its id. */
    public static UUID record(Actor actor, UUID bookId, Map<String, Object> body) {
        String id = actor.api().body(body).post(books(bookId, "/transactions")).then().log().ifValidationFails().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static Actors.Actor treasurer(UUID bookId) {
        return Actors.member(bookId, de.cet.books.domain.BookRole.TREASURER);
    }
}
