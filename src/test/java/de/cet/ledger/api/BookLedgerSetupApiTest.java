package de.cet.ledger.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BookLedgerSetupApiTest {

    @Test
    void aNewCaucusBookHasOneCategoryPerOfficialCategoryAndItsFirstPeriod() {
        Actor owner = Actors.user();
        UUID book = LedgerFixtures.caucusBook(owner, 2026);
        int official = OfficialCatalogue.current().items().size();
        owner.api().queryParam("size", 500).get(books(book, "/categories")).then().statusCode(200)
            .body("totalItems", equalTo(official))
            .body("items.officialCode", hasItems("IN-100", "EX-700", "EX-900"));
        owner.api().get(books(book, "/periods")).then().statusCode(200)
            .body("totalItems", equalTo(1))
            .body("items[0].name", equalTo("2026"))
            .body("items[0].startDate", equalTo("2026-01-01"))
            .body("items[0].endDate", equalTo("2026-12-31"))
            .body("items[0].status", equalTo("OPEN"));
    }

    @Test
    void aHouseholdBookWithoutFirstPeriodGetsEverydayCategoriesAndTheCurrentCalendarYear() {
        Actor owner = Actors.user();
        UUID book = Actors.book(owner, "Haushalt", "HOUSEHOLD");
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        owner.api().get(books(book, "/categories")).then().statusCode(200)
            .body("items.name", hasItems("Groceries", "Rent", "Other"))
            .body("items.kind", everyItem(equalTo("EXPENSE")));
        owner.api().get(books(book, "/periods")).then().statusCode(200)
            .body("items[0].startDate", equalTo(year + "-01-01"));
    }

    @Test
    void theOfficialCatalogueIsPublishedWithVersionAndFlags() {
        Actor someone = Actors.user();
        someone.api().get("/api/v1/official-categories").then().statusCode(200)
            .body("version", notNullValue())
            .body("items.code", hasItems("IN-100", "EX-400", "EX-700", "EX-900"))
            .body("items.find { it.code == 'EX-900' }.kind", equalTo("EXPENSE"));
    }

    @Test
    void theCatalogueNeedsSignIn() {
        given().get("/api/v1/official-categories").then().statusCode(401);
    }
}
