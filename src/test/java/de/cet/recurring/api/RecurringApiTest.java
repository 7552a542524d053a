package de.cet.recurring.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.books.domain.BookRole;
import de.cet.budgeting.api.BudgetFixtures;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.recurring.application.RecurringRunner;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recurring transactions through the API and the catch-up, on a clock moved across months. */
@QuarkusTest
class RecurringApiTest {

    @Inject
    MutableClock clock;

    @Inject
    RecurringRunner runner;

    Actor admin;
    UUID book;
    UUID account;
    UUID rent;

    @BeforeEach
    void household() {
        admin = Actors.user("Rita Rechner");
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
        book = BudgetFixtures.householdBook(admin, 2026);
        account = BudgetFixtures.account(admin, book);
        rent = BudgetFixtures.category(admin, book, "Rent");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Map<String, Object> body(String type, String amount, UUID category, String description, String frequency,
                             Integer dayOfMonth, String startsOn, String endsOn, boolean autoBook) {
        Map<String, Object> template = new HashMap<>();
        template.put("type", type);
        template.put("amount", amount);
        template.put("accountId", account.toString());
        if (category != null) {
            template.put("categoryId", category.toString());
        }
        template.put("counterparty", "Vermieter");
        template.put("description", description);
        Map<String, Object> schedule = new HashMap<>();
        schedule.put("frequency", frequency);
        if (dayOfMonth != null) {
            schedule.put("dayOfMonth", dayOfMonth);
        }
        schedule.put("startsOn", startsOn);
        if (endsOn != null) {
            schedule.put("endsOn", endsOn);
        }
        return new HashMap<>(Map.of("template", template, "schedule", schedule, "autoBook", autoBook));
    }

    UUID create(Actor who, Map<String, Object> body) {
        String id = who.api().body(body).post(books(book, "/recurring")).then().log().ifValidationFails()
            .statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    List<Map<String, Object>> entries(String description) {
        return admin.api().queryParam("q", description).queryParam("size", 500).queryParam("sort", "date,asc")
            .get(books(book, "/transactions")).then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void eachDueDateBecomesExactlyOneDraftEvenWhenSeveralRunsCatchUpAtOnce() throws Exception {
        String marker = "Miete " + UUID.randomUUID();
        UUID id = create(admin, body("EXPENSE", "850.00", rent, marker, "MONTHLY", 31, "2026-03-10", null, false));
        // nothing due yet: the first date is 31 March
        assertEquals(0, entries(marker).size());

        // the instance was down from March to July: four month ends are due
        clock.set(Instant.parse("2026-07-05T04:00:00Z"));
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                // half of them the scheduler's whole run (every book of the shared test database), half this one alone
                boolean whole = i % 2 == 0;
                Callable<Integer> run = () -> {
                    start.await();
                    return whole ? runner.catchUp() : runner.catchUp(id);
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> made = entries(marker);
        assertEquals(List.of("2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30"), made.stream().map(e -> e.get("date")).toList());
        made.forEach(e -> {
            assertEquals("DRAFT", e.get("status"));
            assertEquals("850.00", e.get("amount"));
            assertEquals(rent.toString(), e.get("categoryId"));
        });
        // once more, later the same day: nothing new
        assertEquals(0, runner.catchUp(id));
        assertEquals(4, entries(marker).size());
        admin.api().get(books(book, "/recurring/" + id)).then().statusCode(200)
            .body("lastDueDate", equalTo("2026-06-30"))
            .body("nextDueDate", equalTo("2026-07-31"))
            .body("occurrences", hasSize(4))
            .body("occurrences[0].dueDate", equalTo("2026-06-30"))
            .body("occurrences[0].transactionId", notNullValue());
        // each entry went through the ledger: its history and the audit chain have it
        UUID first = UUID.fromString((String) made.get(0).get("id"));
        admin.api().get(books(book, "/transactions/" + first + "/history")).then().statusCode(200)
            .body("$", hasSize(1));
        admin.api().get(books(book, "/audit-log/verification")).then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void autoBookBooksWhereTheBookAllowsItAndOneDueTodayIsMadeAtOnce() {
        String marker = "Strom " + UUID.randomUUID();
        UUID utilities = BudgetFixtures.category(admin, book, "Utilities");
        UUID id = create(admin, body("EXPENSE", "60.00", utilities, marker, "MONTHLY", null, "2026-03-10", null, true));
        List<Map<String, Object>> made = entries(marker);
        assertEquals(1, made.size());
        assertEquals("BOOKED", made.get(0).get("status"));
        assertEquals("2026-03-10", made.get(0).get("date"));
        admin.api().get(books(book, "/recurring/" + id)).then().body("nextDueDate", equalTo("2026-04-10"));

        // a book that requires approval gets drafts, autoBook or not
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", true));
        clock.set(Instant.parse("2026-04-10T09:00:00Z"));
        runner.catchUp(id);
        assertEquals(List.of("BOOKED", "DRAFT"), entries(marker).stream().map(e -> e.get("status")).toList());
    }

    @Test
    void aDateTheLedgerRefusesIsNotedWithItsReasonAndNotTriedAgain() {
        clock.reset(); // the treasurer's token is signed in real time
        UUID caucus = LedgerFixtures.caucusBook(admin, 2026);
        UUID bank = LedgerFixtures.bankAccount(admin, caucus, "1000.00", "2026-01-01");
        Actor treasurer = LedgerFixtures.treasurer(caucus);
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
        String marker = "Telefon " + UUID.randomUUID();
        Map<String, Object> template = Map.of("type", "EXPENSE", "amount", "39.99", "accountId", bank.toString(),
            "categoryId", LedgerFixtures.category(admin, caucus, "EX-340").toString(), "description", marker);
        String id = treasurer.api().body(Map.of("template", template,
                "schedule", Map.of("frequency", "WEEKLY", "startsOn", "2026-03-12")))
            .post(books(caucus, "/recurring")).then().statusCode(201).extract().path("id");
        // the treasurer leaves the book: entries in their name can no longer be made
        admin.api().delete(books(caucus, "/members/" + treasurer.id())).then().statusCode(204);
        clock.set(Instant.parse("2026-03-20T09:00:00Z"));
        assertEquals(2, runner.catchUp(UUID.fromString(id)));
        assertEquals(0, runner.catchUp(UUID.fromString(id)));
        admin.api().get(books(caucus, "/recurring/" + id)).then().statusCode(200)
            .body("occurrences", hasSize(2))
            .body("occurrences[0].transactionId", nullValue())
            .body("occurrences[0].failure", notNullValue())
            .body("lastDueDate", equalTo("2026-03-19"));
        admin.api().queryParam("q", marker).get(books(caucus, "/transactions")).then().body("totalItems", equalTo(0));
    }

    @Test
    void theForecastAddsTheRecurringEntriesDueBeforeThePeriodEnds() {
        admin.api().get(books(book, "/overview")).then().statusCode(200)
            .body("forecasts.find { it.fund == 'OWN' }.recurring", equalTo("0.00"));
        String before = admin.api().get(books(book, "/overview")).then().extract()
            .path("forecasts.find { it.fund == 'OWN' }.projectedClosingBalance");
        UUID salaryCategory = BudgetFixtures.category(admin, book, "Other");
        create(admin, body("INCOME", "100.00", BudgetFixtures.incomeCategory(admin, book), "Taschengeld " + UUID.randomUUID(),
            "MONTHLY", 1, "2026-04-01", null, false));
        create(admin, body("EXPENSE", "10.00", salaryCategory, "Abo " + UUID.randomUUID(), "QUARTERLY", 15, "2026-03-15",
            "2026-12-31", false));
        // 1 April … 1 December: 9 × 100.00; 15 March, June, September, December: 4 × −10.00
        String recurring = admin.api().get(books(book, "/overview")).then().statusCode(200)
            .extract().path("forecasts.find { it.fund == 'OWN' }.recurring");
        assertEquals("860.00", recurring);
        String after = admin.api().get(books(book, "/overview")).then().extract()
            .path("forecasts.find { it.fund == 'OWN' }.projectedClosingBalance");
        assertEquals(new java.math.BigDecimal(before).add(new java.math.BigDecimal("860.00")), new java.math.BigDecimal(after));
    }

    @Test
    void changingAndDeletingKeepTheEntriesMade() {
        String marker = "Miete " + UUID.randomUUID();
        UUID id = create(admin, body("EXPENSE", "850.00", rent, marker, "MONTHLY", 10, "2026-03-10", null, false));
        assertEquals(1, entries(marker).size());
        Map<String, Object> change = body("EXPENSE", "900.00", rent, marker, "MONTHLY", 10, "2026-03-10", null, false);
        change.put("version", 0);
        admin.api().body(change).patch(books(book, "/recurring/" + id)).then().statusCode(200)
            .body("template.amount", equalTo("900.00")).body("version", equalTo(1));
        admin.api().header("If-Match", "\"0\"").body(Map.of("autoBook", true)).patch(books(book, "/recurring/" + id))
            .then().statusCode(412);
        admin.api().body(Map.of("autoBook", true)).patch(books(book, "/recurring/" + id)).then().statusCode(428);
        // the date already handled is not made again with the new amount
        assertEquals(List.of("850.00"), entries(marker).stream().map(e -> e.get("amount")).toList());
        admin.api().delete(books(book, "/recurring/" + id)).then().statusCode(204);
        admin.api().get(books(book, "/recurring/" + id)).then().statusCode(404);
        assertEquals(1, entries(marker).size());
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
        Map<String, Object> b = body("EXPENSE", "5.00", rent, "x", "WEEKLY", null, "2026-04-01", null, false);
        UUID id = create(treasurer, b);
        member.api().body(b).post(books(book, "/recurring")).then().statusCode(403);
        auditor.api().body(b).post(books(book, "/recurring")).then().statusCode(403);
        stranger.api().body(b).post(books(book, "/recurring")).then().statusCode(404);
        for (Actor reader : List.of(member, auditor)) {
            reader.api().get(books(book, "/recurring")).then().statusCode(200).body("totalItems", equalTo(1));
            reader.api().get(books(book, "/recurring/" + id)).then().statusCode(200);
            reader.api().delete(books(book, "/recurring/" + id)).then().statusCode(403);
        }
        stranger.api().get(books(book, "/recurring")).then().statusCode(404);
        stranger.api().get(books(book, "/recurring/" + id)).then().statusCode(404);
        UUID other = BudgetFixtures.householdBook(neighbour, 2026);
        neighbour.api().get(books(other, "/recurring/" + id)).then().statusCode(404);
        neighbour.api().delete(books(other, "/recurring/" + id)).then().statusCode(404);
    }

    @Test
    void badInputIsAProblemDocumentNamingTheField() {
        UUID salary = BudgetFixtures.category(admin, book, "Groceries");
        clock.reset();
        Actor neighbour = Actors.user();
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
        UUID other = BudgetFixtures.householdBook(neighbour, 2026);
        UUID foreignAccount = BudgetFixtures.account(neighbour, other);
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("template.type", "TRANSFER");
        cases.put("template.amount", "0.00");
        cases.put("schedule.interval", "0");
        cases.put("schedule.dayOfMonth", "32");
        cases.put("schedule.endsOn", "2026-01-01");
        cases.put("template.accountId", foreignAccount.toString());
        cases.put("template.categoryId", "income-for-expense");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Map<String, Object> b = body("EXPENSE", "5.00", salary, "x", "MONTHLY", 1, "2026-04-01", null, false);
            @SuppressWarnings("unchecked") Map<String, Object> t = (Map<String, Object>) b.get("template");
            @SuppressWarnings("unchecked") Map<String, Object> s = (Map<String, Object>) b.get("schedule");
            switch (c.getKey()) {
                case "template.type" -> t.put("type", c.getValue());
                case "template.amount" -> t.put("amount", c.getValue());
                case "schedule.interval" -> s.put("interval", Integer.parseInt(c.getValue()));
                case "schedule.dayOfMonth" -> s.put("dayOfMonth", Integer.parseInt(c.getValue()));
                case "schedule.endsOn" -> s.put("endsOn", c.getValue());
                case "template.accountId" -> t.put("accountId", c.getValue());
                default -> t.put("categoryId", BudgetFixtures.incomeCategory(admin, book).toString());
            }
            admin.api().body(b).post(books(book, "/recurring")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(c.getKey()));
        }
        Map<String, Object> weekly = body("EXPENSE", "5.00", salary, "x", "WEEKLY", 3, "2026-04-01", null, false);
        admin.api().body(weekly).post(books(book, "/recurring")).then().statusCode(400)
            .body("errors.field", hasItem("schedule.dayOfMonth"));
        admin.api().body(Map.of("autoBook", true)).post(books(book, "/recurring")).then().statusCode(400)
            .body("errors.field", hasItems("template", "schedule"));
        Map<String, Object> wrongEnum = body("EXPENSE", "5.00", salary, "x", "DAILY", null, "2026-04-01", null, false);
        admin.api().body(wrongEnum).post(books(book, "/recurring")).then().statusCode(400)
            .contentType("application/problem+json");
        Map<String, Object> number = body("EXPENSE", "5.00", salary, "x", "MONTHLY", null, "2026-04-01", null, false);
        ((Map<String, Object>) number.get("template")).put("amount", 5);
        admin.api().body(number).post(books(book, "/recurring")).then().statusCode(400);
        admin.api().get(books(book, "/recurring")).then().body("totalItems", equalTo(0));
    }
}
