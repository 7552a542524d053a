package de.cet.budgeting.api;

import static de.cet.budgeting.api.BudgetFixtures.spend;
import static de.cet.ledger.api.LedgerFixtures.books;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.books.domain.BookRole;
import de.cet.budgeting.application.BudgetThresholdReached;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A household's budgets through the API, on a clock standing on 10 March 2026. */
@QuarkusTest
class BudgetApiTest {

    @Inject
    MutableClock clock;

    @Inject
    ThresholdEvents events;

    Actor admin;
    UUID book;
    UUID account;
    UUID groceries;
    UUID leisure;

    @BeforeEach
    void household() {
        admin = Actors.user("Hanna Haushalt");
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
        book = BudgetFixtures.householdBook(admin, 2026);
        account = BudgetFixtures.account(admin, book);
        groceries = BudgetFixtures.category(admin, book, "Groceries");
        leisure = BudgetFixtures.category(admin, book, "Leisure");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    JsonPath status(Actor who, String date) {
        var request = who.api();
        if (date != null) {
            request = request.queryParam("date", date);
        }
        return request.get(books(book, "/budgets/status")).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> of(JsonPath statuses, String name) {
        return statuses.getList("findAll { it.name == '" + name + "' }", Map.class).stream().findFirst()
            .map(m -> (Map<String, Object>) m).orElseThrow(() -> new AssertionError("no status of " + name));
    }

    UUID create(Map<String, Object> body) {
        String id = admin.api().body(body).post(books(book, "/budgets")).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    long count(String status) {
        return ((Number) admin.api().queryParam("status", status).get(books(book, "/transactions")).then().statusCode(200)
            .extract().path("totalItems")).longValue();
    }

    @Test
    void aNewHouseholdStartsWithTwoFunnelsAndSpendingMakesSpendableTodayFall() {
        admin.api().get(books(book, "/budgets")).then().statusCode(200)
            .body("totalItems", equalTo(2))
            .body("items.name", equalTo(List.of("Groceries", "Leisure")))
            .body("items[0].limit", equalTo("400.00"))
            .body("items[0].emoji", equalTo("🛒"))
            .body("items[0].color", equalTo("#4CAF50"))
            .body("items[0].cadence", equalTo("MONTHLY"))
            .body("items[0].rollover", equalTo(false))
            .body("items[0].startsOn", equalTo("2026-03-01"))
            .body("items[0].categoryId", equalTo(groceries.toString()));

        // 10 March: 22 days left including today; 400.00 / 22 = 18.1818… → 18.18
        Map<String, Object> fresh = of(status(admin, null), "Groceries");
        assertEquals("0.00", fresh.get("spent"));
        assertEquals("400.00", fresh.get("remaining"));
        assertEquals(22, fresh.get("daysLeft"));
        assertEquals("18.18", fresh.get("spendableToday"));
        assertEquals("2026-03-01", fresh.get("windowStart"));
        assertEquals("2026-03-31", fresh.get("windowEnd"));

        spend(admin, book, account, groceries, "120.00", "2026-03-10");
        // a draft and an entry waiting for approval do not count: only booked entries do
        admin.api().body(LedgerFixtures.tx("EXPENSE", "50.00", "2026-03-10", account, groceries))
            .post(books(book, "/transactions")).then().statusCode(201);
        Map<String, Object> after = of(status(admin, null), "Groceries");
        assertEquals("120.00", after.get("spent"));
        assertEquals("280.00", after.get("remaining"));
        assertEquals("12.72", after.get("spendableToday")); // 280 / 22 = 12.727…
        assertEquals(30, after.get("percentUsed"));

        // the next day, nothing spent: spendable today rises (280 / 21 = 13.33)
        clock.set(Instant.parse("2026-03-11T09:00:00Z"));
        assertEquals("13.33", of(status(admin, null), "Groceries").get("spendableToday"));
        // on the last day of the month everything left may be spent today
        clock.set(Instant.parse("2026-03-31T20:00:00Z"));
        Map<String, Object> last = of(status(admin, null), "Groceries");
        assertEquals(1, last.get("daysLeft"));
        assertEquals("280.00", last.get("spendableToday"));
        // a spending on the other side of the month's end belongs to April
        spend(admin, book, account, groceries, "30.00", "2026-04-01");
        assertEquals("120.00", of(status(admin, "2026-03-15"), "Groceries").get("spent"));
        assertEquals("30.00", of(status(admin, "2026-04-15"), "Groceries").get("spent"));

        // the overview carries the same status
        admin.api().get(books(book, "/overview")).then().statusCode(200)
            .body("budgets", hasSize(2))
            .body("budgets.find { it.name == 'Groceries' }.spent", equalTo("120.00"));
    }

    @Test
    void aLimitChangedMidMonthRecalculatesTheWholeMonthAndLeavesEarlierMonthsAlone() {
        UUID transport = BudgetFixtures.category(admin, book, "Transport");
        UUID budget = create(Map.of("categoryId", transport.toString(), "limit", "100.00", "rollover", true,
            "startsOn", "2026-01-01"));
        spend(admin, book, account, transport, "30.00", "2026-01-20");  // January leaves 70.00
        spend(admin, book, account, transport, "150.00", "2026-02-14"); // February overspends by 50.00
        spend(admin, book, account, transport, "10.00", "2026-03-02");
        Map<String, Object> march = of(status(admin, null), "Transport");
        assertEquals("20.00", march.get("carriedIn"));
        assertEquals("110.00", march.get("remaining"));
        assertEquals("5.00", march.get("spendableToday")); // 110 / 22
        assertEquals("20.00", of(status(admin, "2026-02-01"), "Transport").get("remaining")); // 100 + 70 − 150
        assertEquals("70.00", of(status(admin, "2026-02-01"), "Transport").get("carriedIn"));

        admin.api().header("If-Match", "\"0\"").body(Map.of("limit", "200.00"))
            .patch(books(book, "/budgets/" + budget)).then().statusCode(200)
            .body("limit", equalTo("200.00")).body("version", equalTo(1));
        Map<String, Object> changed = of(status(admin, null), "Transport");
        assertEquals("200.00", changed.get("limit"));
        assertEquals("20.00", changed.get("carriedIn")); // January and February keep their 100.00
        assertEquals("210.00", changed.get("remaining"));
        assertEquals("100.00", of(status(admin, "2026-02-10"), "Transport").get("limit"));
        // a stale edit is refused, never an overwrite
        admin.api().header("If-Match", "\"0\"").body(Map.of("limit", "1.00"))
            .patch(books(book, "/budgets/" + budget)).then().statusCode(412);
        admin.api().body(Map.of("limit", "1.00", "version", 0))
            .patch(books(book, "/budgets/" + budget)).then().statusCode(409);
        admin.api().body(Map.of("limit", "1.00")).patch(books(book, "/budgets/" + budget)).then().statusCode(428);
        admin.api().get(books(book, "/budgets/" + budget)).then().statusCode(200)
            .header("ETag", "\"1\"").body("limit", equalTo("200.00"));
    }

    @Test
    void eachThresholdIsAnnouncedOncePerWindowNotOnEveryEntry() {
        UUID budget = BudgetFixtures.budget(admin, book, "Leisure"); // 100.00 a month
        spend(admin, book, account, leisure, "50.00", "2026-03-02");
        assertEquals(List.of(), events.of(budget));
        spend(admin, book, account, leisure, "30.00", "2026-03-03"); // 80 %
        assertEquals(List.of(new BudgetThresholdReached(book, budget, "Leisure", 80, LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31))), events.of(budget));
        spend(admin, book, account, leisure, "5.00", "2026-03-04");
        spend(admin, book, account, leisure, "5.00", "2026-03-05");
        assertEquals(1, events.of(budget).size());
        spend(admin, book, account, leisure, "15.00", "2026-03-06"); // 105 %
        spend(admin, book, account, leisure, "1.00", "2026-03-07");
        assertEquals(List.of(80, 100), events.of(budget).stream().map(BudgetThresholdReached::percent).toList());
        // a reversal brings it below 80 %, another spending above it again: still once in March
        UUID big = spend(admin, book, account, leisure, "0.01", "2026-03-08");
        admin.api().body(Map.of("reason", "Irrtum", "date", "2026-03-08"))
            .post(books(book, "/transactions/" + big + "/reverse")).then().statusCode(201);
        assertEquals(2, events.of(budget).size());
        // April is a new window: 90.00 at once crosses 80 % there, and only 80 %
        spend(admin, book, account, leisure, "90.00", "2026-04-02");
        assertEquals(List.of(80, 100, 80), events.of(budget).stream().map(BudgetThresholdReached::percent).toList());
        assertEquals(LocalDate.of(2026, 4, 1), events.of(budget).get(2).windowStart());
        // both at once when one entry jumps past 100 %
        UUID other = create(Map.of("categoryId", BudgetFixtures.category(admin, book, "Health").toString(),
            "limit", "10.00"));
        spend(admin, book, account, BudgetFixtures.category(admin, book, "Health"), "25.00", "2026-03-09");
        assertEquals(List.of(80, 100), events.of(other).stream().map(BudgetThresholdReached::percent).toList());
    }

    @Test
    void subCategoriesCountInTheirParentsBudgetAndAnArchivedCategoryKeepsItsBudget() {
        String bakery = admin.api().body(Map.of("name", "Bakery", "kind", "EXPENSE", "officialCode", "EX-520",
                "color", "#AA7733", "parentId", groceries.toString()))
            .post(books(book, "/categories")).then().statusCode(201).extract().path("id");
        spend(admin, book, account, UUID.fromString(bakery), "12.50", "2026-03-05");
        assertEquals("12.50", of(status(admin, null), "Groceries").get("spent"));

        spend(admin, book, account, leisure, "20.00", "2026-03-05");
        Number version = admin.api().get(books(book, "/categories/" + leisure)).then().extract().path("version");
        admin.api().body(Map.of("archived", true, "version", version)).patch(books(book, "/categories/" + leisure))
            .then().statusCode(200);
        Map<String, Object> archived = of(status(admin, null), "Leisure");
        assertEquals(true, archived.get("categoryArchived"));
        assertEquals("20.00", archived.get("spent"));
        admin.api().body(Map.of("categoryId", leisure.toString(), "limit", "10.00"))
            .post(books(book, "/budgets")).then().statusCode(400)
            .body("errors.field", hasItem("categoryId")).body("detail", containsString("archived"));
    }

    @Test
    void deletingABudgetDeletesNoTransaction() {
        UUID budget = BudgetFixtures.budget(admin, book, "Groceries");
        spend(admin, book, account, groceries, "42.00", "2026-03-03");
        long before = count("BOOKED");
        admin.api().delete(books(book, "/budgets/" + budget)).then().statusCode(204);
        assertEquals(before, count("BOOKED"));
        admin.api().get(books(book, "/budgets/" + budget)).then().statusCode(404)
            .contentType("application/problem+json");
        admin.api().get(books(book, "/budgets")).then().body("items.name", not(hasItem("Groceries")));
        admin.api().delete(books(book, "/budgets/" + budget)).then().statusCode(404);
        // a new budget on the same category counts the same entries at once
        create(Map.of("categoryId", groceries.toString(), "limit", "100.00", "name", "Essen"));
        assertEquals("42.00", of(status(admin, null), "Essen").get("spent"));
    }

    @Test
    void aPeriodBudgetCountsTheWholeAccountingPeriod() {
        UUID health = BudgetFixtures.category(admin, book, "Health");
        create(Map.of("categoryId", health.toString(), "limit", "1000.00", "cadence", "PERIOD", "name", "Arzt",
            "startsOn", "2026-01-01"));
        spend(admin, book, account, health, "100.00", "2026-01-15");
        spend(admin, book, account, health, "50.00", "2026-03-10");
        Map<String, Object> s = of(status(admin, null), "Arzt");
        assertEquals("2026-01-01", s.get("windowStart"));
        assertEquals("2026-12-31", s.get("windowEnd"));
        assertEquals("150.00", s.get("spent"));
        assertEquals(297, s.get("daysLeft")); // 10 March to 31 December
        assertEquals("2.86", s.get("spendableToday")); // 850 / 297 = 2.861…
        // a day in no period has no window: the budget is left out
        assertEquals(0, status(admin, "2027-02-01").getList("findAll { it.name == 'Arzt' }").size());
    }

    @Test
    void whoMayDoWhat() {
        clock.reset(); // their tokens are signed in real time
        Actor treasurer = Actors.member(book, BookRole.TREASURER);
        Actor member = Actors.member(book, BookRole.MEMBER);
        Actor auditor = Actors.member(book, BookRole.AUDITOR);
        Actor stranger = Actors.user();
        Actor neighbour = Actors.user();
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
        UUID budget = BudgetFixtures.budget(admin, book, "Groceries");
        Map<String, Object> body = Map.of("categoryId", leisure.toString(), "limit", "10.00", "name", "Kino");

        treasurer.api().body(body).post(books(book, "/budgets")).then().statusCode(201);
        member.api().body(body).post(books(book, "/budgets")).then().statusCode(403);
        auditor.api().body(body).post(books(book, "/budgets")).then().statusCode(403);
        stranger.api().body(body).post(books(book, "/budgets")).then().statusCode(404);

        for (Actor reader : List.of(member, auditor, treasurer)) {
            reader.api().get(books(book, "/budgets/status")).then().statusCode(200).body("$", hasSize(3));
            reader.api().get(books(book, "/budgets/" + budget)).then().statusCode(200);
        }
        stranger.api().get(books(book, "/budgets/status")).then().statusCode(404);
        stranger.api().get(books(book, "/budgets")).then().statusCode(404);
        stranger.api().get(books(book, "/budgets/" + budget)).then().statusCode(404);

        member.api().header("If-Match", "\"0\"").body(Map.of("limit", "1.00")).patch(books(book, "/budgets/" + budget))
            .then().statusCode(403);
        auditor.api().delete(books(book, "/budgets/" + budget)).then().statusCode(403);
        member.api().delete(books(book, "/budgets/" + budget)).then().statusCode(403);
        stranger.api().delete(books(book, "/budgets/" + budget)).then().statusCode(404);

        // a budget of another book is not found through this one
        UUID otherBook = BudgetFixtures.householdBook(neighbour, 2026);
        UUID foreign = BudgetFixtures.budget(neighbour, otherBook, "Groceries");
        admin.api().get(books(book, "/budgets/" + foreign)).then().statusCode(404);
        admin.api().header("If-Match", "\"0\"").body(Map.of("limit", "1.00")).patch(books(book, "/budgets/" + foreign))
            .then().statusCode(404);
        admin.api().delete(books(book, "/budgets/" + foreign)).then().statusCode(404);
        // ... and its category is not one of this book's
        admin.api().body(Map.of("categoryId", BudgetFixtures.category(neighbour, otherBook, "Rent").toString(),
                "limit", "10.00")).post(books(book, "/budgets")).then().statusCode(400)
            .body("errors.field", hasItem("categoryId"));
    }

    @Test
    void badInputIsAProblemDocumentAndNothingIsStored() {
        long before = ((Number) admin.api().get(books(book, "/budgets")).then().extract().path("totalItems")).longValue();
        List<Map<String, Object>> bad = List.of(
            Map.of("categoryId", groceries.toString(), "limit", 10),
            Map.of("categoryId", groceries.toString(), "limit", "10.001"),
            Map.of("categoryId", groceries.toString(), "limit", "-1.00"),
            Map.of("categoryId", groceries.toString(), "limit", "10.00", "cadence", "WEEKLY"),
            Map.of("categoryId", groceries.toString(), "limit", "10.00", "color", "red"),
            Map.of("categoryId", groceries.toString(), "limit", "10.00", "emoji", "x".repeat(40)),
            Map.of("categoryId", groceries.toString(), "limit", "10.00", "name", " "),
            Map.of("categoryId", groceries.toString(), "limit", "10.00", "startsOn", "1. März"),
            Map.of("categoryId", "not-a-uuid", "limit", "10.00"),
            Map.of("limit", "10.00"),
            Map.of("categoryId", groceries.toString()),
            Map.of("categoryId", BudgetFixtures.incomeCategory(admin, book).toString(), "limit", "10.00"));
        for (Map<String, Object> body : bad) {
            admin.api().body(body).post(books(book, "/budgets")).then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("detail", not(containsString("Exception"))).body("detail", not(containsString("SQL")));
        }
        admin.api().body("{").post(books(book, "/budgets")).then().statusCode(400).contentType("application/problem+json");
        admin.api().post(books(book, "/budgets")).then().statusCode(400).contentType("application/problem+json");
        admin.api().queryParam("date", "2026-13-01").get(books(book, "/budgets/status")).then().statusCode(400)
            .contentType("application/problem+json");
        admin.api().get(books(book, "/budgets/" + "nope")).then().statusCode(404);
        admin.api().get(books(book, "/budgets")).then().body("totalItems", equalTo((int) before));
        // a repeated create with the same Idempotency-Key makes one budget
        Map<String, Object> body = new HashMap<>(Map.of("categoryId", groceries.toString(), "limit", "5.00", "name", "Kaffee"));
        String first = admin.api().header("Idempotency-Key", "k-" + UUID.randomUUID()).body(body)
            .post(books(book, "/budgets")).then().statusCode(201).extract().path("id");
        assertEquals(first, first);
        String key = "k-" + UUID.randomUUID();
        String a = admin.api().header("Idempotency-Key", key).body(body).post(books(book, "/budgets")).then().statusCode(201).extract().path("id");
        String b = admin.api().header("Idempotency-Key", key).body(body).post(books(book, "/budgets")).then().statusCode(201).extract().path("id");
        assertEquals(a, b);
        body.put("limit", "6.00");
        admin.api().header("Idempotency-Key", key).body(body).post(books(book, "/budgets")).then().statusCode(422);
    }

    @Test
    void caucusBooksStartWithoutBudgets() {
        UUID caucus = LedgerFixtures.caucusBook(admin, 2026);
        admin.api().get(books(caucus, "/budgets")).then().statusCode(200).body("totalItems", equalTo(0));
        admin.api().get(books(caucus, "/budgets/status")).then().statusCode(200).body("$", hasSize(0));
        admin.api().get(books(caucus, "/overview")).then().statusCode(200).body("budgets", hasSize(0))
            .body("forecasts[0].recurring", equalTo("0.00")).body("forecasts[0].fund", not(nullValue()));
    }
}
