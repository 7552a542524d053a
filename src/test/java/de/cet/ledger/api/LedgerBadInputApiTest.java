package de.cet.ledger.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.hamcrest.Matchers.hasItem;

import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerBadInputApiTest {

    Actor admin;
    UUID book;
    UUID bank;
    UUID office;

    @BeforeEach
    void book() {
        admin = Actors.user();
        book = LedgerFixtures.caucusBook(admin, 2026);
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", false));
        bank = LedgerFixtures.bankAccount(admin, book, "100.00", "2026-01-01");
        office = category(admin, book, "EX-300");
    }

    private String json(String amountJson, String type, String date) {
        return "{\"type\":\"" + type + "\",\"amount\":" + amountJson + ",\"date\":\"" + date + "\",\"accountId\":\""
            + bank + "\",\"categoryId\":\"" + office + "\"}";
    }

    @Test
    void aSearchTextWithANulCharacterIsRefusedNotAServerError() {
        admin.api().urlEncodingEnabled(false).get(books(book, "/transactions") + "?q=%27%3B--%00zz").then()
            .statusCode(400).contentType("application/problem+json");
        admin.api().body("{\"type\":\"EXPENSE\",\"amount\":\"1.00\",\"date\":\"2026-02-01\",\"accountId\":\"" + bank
                + "\",\"categoryId\":\"" + office + "\",\"description\":\"nul \\u0000 inside\"}")
            .post(books(book, "/transactions")).then().statusCode(400).body("errors.field", hasItem("description"));
    }

    @Test
    void anAmountAsAJsonNumberIsRefused() {
        admin.api().body(json("12.34", "EXPENSE", "2026-02-01")).post(books(book, "/transactions")).then()
            .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("amount"));
    }

    @Test
    void anAmountWithThreeDecimalsIsRefused() {
        admin.api().body(json("\"12.345\"", "EXPENSE", "2026-02-01")).post(books(book, "/transactions")).then()
            .statusCode(400).body("errors.field", hasItem("amount"));
    }

    @Test
    void aZeroOrNegativeAmountIsRefused() {
        admin.api().body(json("\"0.00\"", "EXPENSE", "2026-02-01")).post(books(book, "/transactions")).then()
            .statusCode(400).body("errors.field", hasItem("amount"));
        admin.api().body(json("\"-5.00\"", "EXPENSE", "2026-02-01")).post(books(book, "/transactions")).then()
            .statusCode(400).body("errors.field", hasItem("amount"));
    }

    @Test
    void anUnknownEnumValueIsRefused() {
        admin.api().body(json("\"1.00\"", "DONATION", "2026-02-01")).post(books(book, "/transactions")).then()
            .statusCode(400);
        admin.api().body(Map.of("name", "x", "type", "SAFE", "fund", "PUBLIC", "openingBalance", "0.00",
            "openingDate", "2026-01-01")).post(books(book, "/accounts")).then().statusCode(400);
    }

    @Test
    void aDateOutsideEveryPeriodCannotBeBooked() {
        admin.api().body(json("\"1.00\"", "EXPENSE", "2030-02-01").replace("}", ",\"status\":\"BOOKED\",\"eigenbeleg\":\"x\"}"))
            .post(books(book, "/transactions")).then().statusCode(422);
        admin.api().body(json("\"1.00\"", "EXPENSE", "2025-12-31")).post(books(book, "/transactions")).then()
            .statusCode(400).body("errors.field", hasItem("date"));
        admin.api().body(json("\"1.00\"", "EXPENSE", "2026-02-30")).post(books(book, "/transactions")).then()
            .statusCode(400);
    }

    @Test
    void aTransferToTheSameAccountIsRefused() {
        Map<String, Object> body = tx("TRANSFER", "5.00", "2026-02-01", bank, null);
        body.put("toAccountId", bank.toString());
        admin.api().body(body).post(books(book, "/transactions")).then().statusCode(400)
            .body("errors.field", hasItem("toAccountId"));
    }

    @Test
    void fieldsACallerMayNotSetAreIgnored() {
        Map<String, Object> body = tx("EXPENSE", "5.00", "2026-02-01", bank, office);
        body.put("createdBy", UUID.randomUUID().toString());
        body.put("version", 42);
        body.put("bookId", UUID.randomUUID().toString());
        body.put("bookedBy", UUID.randomUUID().toString());
        admin.api().body(body).post(books(book, "/transactions")).then().statusCode(201)
            .body("createdBy", org.hamcrest.Matchers.equalTo(admin.id().toString()))
            .body("version", org.hamcrest.Matchers.equalTo(0))
            .body("bookedBy", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aMalformedIdOrBodyIsAProblemNotAnError() {
        admin.api().get(books(book, "/transactions/not-a-uuid")).then().statusCode(404);
        admin.api().body("{").post(books(book, "/transactions")).then().statusCode(400);
        admin.api().body(Map.of("reason", "")).post(books(book, "/transactions/" + UUID.randomUUID() + "/reverse"))
            .then().statusCode(404);
    }
}
