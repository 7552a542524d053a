package de.cet.ledger.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.record;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import de.cet.books.domain.BookRole;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountsPeriodsCategoriesApiTest {

    Actor admin;
    UUID book;

    @BeforeEach
    void book() {
        admin = Actors.user();
        book = LedgerFixtures.caucusBook(admin, 2026);
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", false, "requireReceipt", true));
    }

    @Test
    void aBankAccountNeedsAValidIbanACashAccountNoneAndNeverANegativeOpening() {
        Map<String, Object> bank = new HashMap<>(Map.of("name", "Giro", "type", "BANK", "fund", "PUBLIC",
            "openingBalance", "-20.00", "openingDate", "2026-01-01"));
        admin.api().body(bank).post(books(book, "/accounts")).then().statusCode(400).body("errors.field", hasItem("iban"));
        bank.put("iban", "DE89370400440532013001");
        admin.api().body(bank).post(books(book, "/accounts")).then().statusCode(400).body("errors.field", hasItem("iban"));
        bank.put("iban", "DE89 3704 0044 0532 0130 00");
        admin.api().body(bank).post(books(book, "/accounts")).then().statusCode(201)
            .body("iban", equalTo("DE89370400440532013000")).body("balance", equalTo("-20.00")).header("ETag", "\"0\"");
        Map<String, Object> cash = new HashMap<>(Map.of("name", "Kasse", "type", "CASH", "fund", "OWN",
            "openingBalance", "-0.01", "openingDate", "2026-01-01"));
        admin.api().body(cash).post(books(book, "/accounts")).then().statusCode(400).body("errors.field", hasItem("openingBalance"));
        cash.put("openingBalance", "0.00");
        cash.put("iban", LedgerFixtures.IBAN);
        admin.api().body(cash).post(books(book, "/accounts")).then().statusCode(400).body("errors.field", hasItem("iban"));
    }

    @Test
    void aCashAccountNeverGoesNegative() {
        UUID cash = LedgerFixtures.cashAccount(admin, book, "10.00", "2026-01-01");
        Map<String, Object> spend = tx("EXPENSE", "10.01", "2026-02-01", cash, category(admin, book, "EX-300"));
        spend.put("eigenbeleg", "Stamps from the machine, no receipt");
        spend.put("status", "BOOKED");
        admin.api().body(spend).post(books(book, "/transactions")).then().statusCode(422);
        spend.put("amount", "10.00");
        admin.api().body(spend).post(books(book, "/transactions")).then().statusCode(201);
        admin.api().get(books(book, "/accounts/" + cash)).then().body("balance", equalTo("0.00"));
        // an earlier withdrawal that would make a later day negative is refused as well
        Map<String, Object> earlier = tx("TRANSFER", "5.00", "2026-01-15", cash, null);
        earlier.put("toAccountId", LedgerFixtures.bankAccount(admin, book, "0.00", "2026-01-01").toString());
        earlier.put("status", "BOOKED");
        admin.api().body(earlier).post(books(book, "/transactions")).then().statusCode(422);
    }

    @Test
    void accountsArePatchedWithTheirVersionAndReportBalancesAtAnyDate() {
        UUID bank = LedgerFixtures.bankAccount(admin, book, "100.00", "2026-01-01");
        Map<String, Object> income = tx("INCOME", "50.00", "2026-06-01", bank, category(admin, book, "IN-110"));
        income.put("status", "BOOKED");
        record(admin, book, income);
        admin.api().queryParam("date", "2026-05-31").get(books(book, "/accounts/" + bank)).then().body("balance", equalTo("100.00"));
        admin.api().queryParam("date", "2026-06-01").get(books(book, "/accounts")).then()
            .body("items[0].balance", equalTo("150.00"));
        admin.api().header("If-Match", "\"0\"").body(Map.of("name", "Sparkasse"))
            .patch(books(book, "/accounts/" + bank)).then().statusCode(200).body("name", equalTo("Sparkasse"))
            .header("ETag", "\"1\"");
        admin.api().header("If-Match", "\"0\"").body(Map.of("name", "Stale")).patch(books(book, "/accounts/" + bank))
            .then().statusCode(412);
        admin.api().header("If-Match", "\"1\"").body(Map.of("openingBalance", "1.00"))
            .patch(books(book, "/accounts/" + bank)).then().statusCode(409);
        Actor member = Actors.member(book, BookRole.MEMBER);
        member.api().get(books(book, "/accounts")).then().statusCode(200).body("items", hasSize(1));
        member.api().header("If-Match", "\"1\"").body(Map.of("name", "Mine")).patch(books(book, "/accounts/" + bank))
            .then().statusCode(403);
        member.api().body(Map.of("name", "x", "type", "CASH", "fund", "OWN", "openingBalance", "0.00",
            "openingDate", "2026-01-01")).post(books(book, "/accounts")).then().statusCode(403);
    }

    @Test
    void periodsDoNotOverlapAndClosingIsBlockedByOpenWorkWithTheListOfBlockers() {
        UUID first = LedgerFixtures.firstPeriod(admin, book);
        admin.api().body(Map.of("name", "overlap", "startDate", "2026-12-01", "endDate", "2027-03-31"))
            .post(books(book, "/periods")).then().statusCode(409);
        admin.api().body(Map.of("name", "2027", "startDate", "2027-01-01", "endDate", "2027-12-31"))
            .post(books(book, "/periods")).then().statusCode(201).body("status", equalTo("OPEN"));
        Actor member = Actors.member(book, BookRole.MEMBER);
        member.api().body(Map.of("name", "2028", "startDate", "2028-01-01", "endDate", "2028-12-31"))
            .post(books(book, "/periods")).then().statusCode(403);

        UUID bank = LedgerFixtures.bankAccount(admin, book, "100.00", "2026-01-01");
        UUID office = category(admin, book, "EX-300");
        UUID draft = record(member, book, tx("EXPENSE", "3.00", "2026-05-01", bank, office));
        Map<String, Object> noReceipt = tx("EXPENSE", "4.00", "2026-05-02", bank, office);
        noReceipt.put("status", "BOOKED");
        admin.api().body(noReceipt).post(books(book, "/transactions")).then().statusCode(422);

        member.api().post(books(book, "/periods/" + first + "/close")).then().statusCode(403);
        admin.api().post(books(book, "/periods/" + first + "/close")).then().statusCode(409)
            .body("blockers.code", hasItems("DRAFT_IN_PERIOD"))
            .body("blockers.transactionId", hasItem(draft.toString()));

        member.api().delete(books(book, "/transactions/" + draft)).then().statusCode(204);
        admin.api().post(books(book, "/periods/" + first + "/close")).then().statusCode(200)
            .body("closingBalances[0].balance", equalTo("100.00"))
            .body("nextPeriod.name", equalTo("2027"));
        admin.api().post(books(book, "/periods/" + first + "/close")).then().statusCode(409);
        admin.api().body(tx("EXPENSE", "3.00", "2026-05-01", bank, office)).post(books(book, "/transactions"))
            .then().statusCode(409);
    }

    @Test
    void categoriesAreCreatedMappedPatchedAndArchived() {
        String id = admin.api().body(Map.of("name", "Laptops", "kind", "EXPENSE", "officialCode", "EX-700",
                "color", "#12ab34", "emoji", "💻"))
            .post(books(book, "/categories")).then().statusCode(201)
            .body("color", equalTo("#12AB34")).body("archived", equalTo(false)).extract().path("id");
        admin.api().body(Map.of("name", "Wrong", "kind", "INCOME", "officialCode", "EX-700", "color", "#000000"))
            .post(books(book, "/categories")).then().statusCode(400).body("errors.field", hasItem("officialCode"));
        admin.api().body(Map.of("name", "Unknown", "kind", "EXPENSE", "officialCode", "EX-999", "color", "#000000"))
            .post(books(book, "/categories")).then().statusCode(400);
        UUID parent = category(admin, book, "IN-110");
        admin.api().header("If-Match", "\"0\"").body(Map.of("name", "Notebooks", "parentId", parent.toString()))
            .patch(books(book, "/categories/" + id)).then().statusCode(400).body("errors.field", hasItem("parentId"));
        admin.api().header("If-Match", "\"0\"").body(Map.of("name", "Notebooks", "archived", true))
            .patch(books(book, "/categories/" + id)).then().statusCode(200)
            .body("name", equalTo("Notebooks")).body("archived", equalTo(true)).body("version", equalTo(1));
        UUID bank = LedgerFixtures.bankAccount(admin, book, "100.00", "2026-01-01");
        admin.api().body(tx("EXPENSE", "3.00", "2026-05-01", bank, UUID.fromString(id))).post(books(book, "/transactions"))
            .then().statusCode(400).body("errors.field", hasItem("categoryId"));
        Actor auditor = Actors.member(book, BookRole.AUDITOR);
        auditor.api().get(books(book, "/categories/" + id)).then().statusCode(200);
        auditor.api().header("If-Match", "\"1\"").body(Map.of("archived", false)).patch(books(book, "/categories/" + id))
            .then().statusCode(403);
    }

    @Test
    void aBookedEx700PurchaseEntersTheInventoryWhichCanBeDisposedOf() {
        UUID bank = LedgerFixtures.bankAccount(admin, book, "2000.00", "2026-01-01");
        Map<String, Object> laptop = tx("EXPENSE", "1199.00", "2026-03-01", bank, category(admin, book, "EX-700"));
        laptop.put("description", "Laptop for the office");
        laptop.put("receiptIds", List.of(LedgerFixtures.receipt(admin, book, "laptop").toString()));
        laptop.put("status", "BOOKED");
        UUID txId = record(admin, book, laptop);
        String item = admin.api().get(books(book, "/inventory")).then().statusCode(200)
            .body("items", hasSize(1))
            .body("items[0].description", equalTo("Laptop for the office"))
            .body("items[0].price", equalTo("1199.00"))
            .body("items[0].date", equalTo("2026-03-01"))
            .body("items[0].transactionId", equalTo(txId.toString()))
            .extract().path("items[0].id");
        admin.api().header("If-Match", "\"0\"").body(Map.of("location", "Fraktionsbüro", "disposedOn", "2026-02-01"))
            .patch(books(book, "/inventory/" + item)).then().statusCode(400);
        admin.api().header("If-Match", "\"0\"").body(Map.of("location", "Fraktionsbüro", "disposedOn", "2026-11-30"))
            .patch(books(book, "/inventory/" + item)).then().statusCode(200)
            .body("disposedOn", equalTo("2026-11-30")).body("location", equalTo("Fraktionsbüro"));
        admin.api().header("If-Match", "\"1\"").body(Map.of("disposedOn", "2026-12-01"))
            .patch(books(book, "/inventory/" + item)).then().statusCode(409);
        Actor member = Actors.member(book, BookRole.MEMBER);
        member.api().get(books(book, "/inventory")).then().statusCode(200);
        member.api().header("If-Match", "\"1\"").body(Map.of("location", "home")).patch(books(book, "/inventory/" + item))
            .then().statusCode(403);
    }
}
