package de.cet.budgeting.api;

import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Household books and budgets for the budgeting tests (and the browser test's preparation). */
public final class BudgetFixtures {
    private BudgetFixtures() {}

    /** A HOUSEHOLD book whose first period is the calendar year {@code year}, owned (ADMIN) by {@code owner}. */
    public static UUID householdBook(Actor owner, int year) {
        String id = owner.api().body(Map.of("name", "Haushalt " + UUID.randomUUID().toString().substring(0, 8),
                "kind", "HOUSEHOLD", "currency", "EUR",
                "firstPeriod", Map.of("name", String.valueOf(year), "startDate", year + "-01-01", "endDate", year + "-12-31")))
            .post("/api/v1/books").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static UUID account(Actor owner, UUID book) {
        return LedgerFixtures.account(owner, book, Map.of("name", "Girokonto", "type", "BANK", "fund", "OWN",
            "iban", LedgerFixtures.IBAN, "openingBalance", "2500.00", "openingDate", "2026-01-01"));
    }

    /** The household's category called {@code name}. */
    public static UUID category(Actor reader, UUID book, String name) {
        List<Map<String, Object>> items = reader.api().queryParam("size", 500).get(LedgerFixtures.books(book, "/categories"))
            .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(c -> name.equals(c.get("name"))).findFirst()
            .map(c -> UUID.fromString((String) c.get("id"))).orElseThrow();
    }

    /** A new income category of the household (it starts with expense categories only). */
    public static UUID incomeCategory(Actor admin, UUID book) {
        String id = admin.api().body(Map.of("name", "Gehalt " + UUID.randomUUID().toString().substring(0, 4),
                "kind", "INCOME", "officialCode", "IN-900", "color", "#2E7D32"))
            .post(LedgerFixtures.books(book, "/categories")).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** A booked expense. */
    public static UUID spend(Actor who, UUID book, UUID account, UUID category, String amount, String date) {
        Map<String, Object> body = LedgerFixtures.tx("EXPENSE", amount, date, account, category);
        body.put("status", "BOOKED");
        return LedgerFixtures.record(who, book, body);
    }

    /** The id of the budget named {@code name}. */
    public static UUID budget(Actor reader, UUID book, String name) {
        List<Map<String, Object>> items = reader.api().get(LedgerFixtures.books(book, "/budgets"))
            .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(b -> name.equals(b.get("name"))).findFirst()
            .map(b -> UUID.fromString((String) b.get("id"))).orElseThrow();
    }
}
