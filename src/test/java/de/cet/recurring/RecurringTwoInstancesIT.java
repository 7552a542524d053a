package de.cet.recurring;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.demo.DemoData;
import de.cet.testing.PackagedApp;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances on one database, both running the recurring catch-up every second: a recurring
 * transaction whose dates fell due while "the instances were down" (its start and creation moved three weeks
 * back in the database) gets exactly one entry per due date, however the two instances' runs interleave.
 */
class RecurringTwoInstancesIT {

    private static PackagedApp.Site site;
    private static PackagedApp a;
    private static PackagedApp b;

    @BeforeAll
    static void startTwoInstances() {
        site = PackagedApp.Site.fresh("recurring_two").with("CET_DEMO", "true")
            .with("CET_RECURRING_INTERVAL", "1s").with("CET_RECURRING_FIRST_RUN_DELAY", "1s");
        a = site.start("a");
        b = site.start("b");
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void bothInstancesCatchUpAndEachDueDateHasExactlyOneEntry() throws Exception {
        String access = given().baseUri(a.baseUrl()).contentType(ContentType.JSON)
            .body(Map.of("email", DemoData.TREASURER_EMAIL, "password", DemoData.PASSWORD))
            .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        List<Map<String, Object>> memberships = given().baseUri(a.baseUrl()).auth().oauth2(access)
            .get("/api/v1/me").then().statusCode(200).extract().path("memberships");
        String book = (String) memberships.stream().filter(m -> "TREASURER".equals(m.get("role")) || "ADMIN".equals(m.get("role")))
            .findFirst().orElseThrow().get("bookId");
        String account = given().baseUri(a.baseUrl()).auth().oauth2(access)
            .get("/api/v1/books/" + book + "/accounts").then().statusCode(200).extract().path("items[0].id");
        List<Map<String, Object>> categories = given().baseUri(a.baseUrl()).auth().oauth2(access).queryParam("size", 500)
            .get("/api/v1/books/" + book + "/categories").then().statusCode(200).extract().path("items");
        String category = (String) categories.stream().filter(c -> "EXPENSE".equals(c.get("kind")) && !Boolean.TRUE.equals(c.get("archived")))
            .findFirst().orElseThrow().get("id");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String marker = "Zwei Instanzen " + UUID.randomUUID();
        // starts tomorrow: nothing is due when it is created
        String id = given().baseUri(a.baseUrl()).auth().oauth2(access).contentType(ContentType.JSON)
            .body(Map.of("template", Map.of("type", "EXPENSE", "amount", "19.99", "accountId", account,
                    "categoryId", category, "description", marker),
                "schedule", Map.of("frequency", "WEEKLY", "startsOn", today.plusDays(1).toString())))
            .post("/api/v1/books/" + book + "/recurring").then().log().ifValidationFails().statusCode(201)
            .extract().path("id");

        try (Connection c = DriverManager.getConnection(site.jdbcUrl(), user(), password())) {
            // as if it had been created three weeks ago and both instances had been down since:
            // due on today − 21, − 14, − 7 and today
            try (PreparedStatement s = c.prepareStatement("""
                    update recurring_transaction set starts_on = ?, created_at = now() - interval '22 days'
                    where id = ?""")) {
                s.setObject(1, today.minusDays(21));
                s.setObject(2, UUID.fromString(id));
                assertEquals(1, s.executeUpdate());
            }
            List<LocalDate> expected = List.of(today.minusDays(21), today.minusDays(14), today.minusDays(7), today);
            long deadline = System.currentTimeMillis() + 60_000;
            while (occurrences(c, id).size() < expected.size() && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            // both schedulers keep running for a while: nothing more may appear
            Thread.sleep(4_000);
            assertEquals(expected, occurrences(c, id));
            List<LocalDate> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select date from ledger_transaction where book_id = ? and description = ? order by date")) {
                s.setObject(1, UUID.fromString(book));
                s.setString(2, marker);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        entries.add(r.getObject(1, LocalDate.class));
                    }
                }
            }
            assertEquals(expected, entries, "exactly one entry per due date");
            try (PreparedStatement s = c.prepareStatement("""
                    select count(*) from recurring_occurrence o join ledger_transaction t on t.id = o.transaction_id
                    where o.recurring_id = ?""")) {
                s.setObject(1, UUID.fromString(id));
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next());
                    assertEquals(4, r.getInt(1), "every occurrence names its entry");
                }
            }
        }
        assertTrue(a.isAlive() && b.isAlive());
    }

    private static List<LocalDate> occurrences(Connection c, String id) throws Exception {
        List<LocalDate> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select due_date from recurring_occurrence where recurring_id = ? order by due_date")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getObject(1, LocalDate.class));
                }
            }
        }
        return out;
    }

    private static String user() {
        return System.getenv().getOrDefault("CET_TEST_DB_USERNAME", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("CET_TEST_DB_PASSWORD", "postgres");
    }
}
