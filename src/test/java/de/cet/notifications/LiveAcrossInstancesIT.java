package de.cet.notifications;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.demo.DemoData;
import de.cet.testing.LiveProbe;
import de.cet.testing.PackagedApp;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live updates between two packaged instances on one database (ADR 0018): an entry booked through instance a
 * reaches a WebSocket client connected to instance b within a second, through PostgreSQL NOTIFY; a client of
 * a user who is no member of the book hears nothing; a session ended on a hears its socket on b closed.
 */
class LiveAcrossInstancesIT {

    private static PackagedApp a;
    private static PackagedApp b;

    @BeforeAll
    static void startTwoInstances() {
        PackagedApp.Site site = PackagedApp.Site.fresh("live_across").with("CET_DEMO", "true");
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

    private static Map<String, Object> login(PackagedApp app, String email) {
        return given().baseUri(app.baseUrl()).contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", DemoData.PASSWORD))
            .post("/api/v1/auth/login").then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static void book(PackagedApp app, String token, String book, String account, String category, String what) {
        given().baseUri(app.baseUrl()).auth().oauth2(token).contentType(ContentType.JSON)
            .body(Map.of("type", "EXPENSE", "amount", "1.00", "date", LocalDate.now().toString(), "accountId", account,
                "categoryId", category, "description", what, "status", "BOOKED", "eigenbeleg", "No receipt given"))
            .post("/api/v1/books/" + book + "/transactions").then().log().ifValidationFails().statusCode(201);
    }

    @Test
    void anEntryBookedOnInstanceAReachesASocketOnInstanceBWithinASecond() {
        String treasurer = (String) login(a, DemoData.TREASURER_EMAIL).get("accessToken");
        Map<String, Object> memberLogin = login(b, DemoData.MEMBER_EMAIL);
        String member = (String) memberLogin.get("accessToken");
        List<Map<String, Object>> memberships = given().baseUri(a.baseUrl()).auth().oauth2(treasurer)
            .get("/api/v1/me").then().statusCode(200).extract().path("memberships");
        String book = (String) memberships.get(0).get("bookId");
        List<Map<String, Object>> memberBooks = given().baseUri(b.baseUrl()).auth().oauth2(member)
            .get("/api/v1/me").then().statusCode(200).extract().path("memberships");
        assertTrue(memberBooks.stream().anyMatch(m -> book.equals(m.get("bookId"))), "the demo member is in the treasurer's first book");
        String account = given().baseUri(a.baseUrl()).auth().oauth2(treasurer)
            .get("/api/v1/books/" + book + "/accounts").then().statusCode(200).extract().path("items[0].id");
        String category = given().baseUri(a.baseUrl()).auth().oauth2(treasurer)
            .get("/api/v1/books/" + book + "/categories").then().statusCode(200).extract().path("items[0].id");

        // The demo's household book is the chair's alone: the member is no member of it.
        String admin = (String) login(a, DemoData.ADMIN_EMAIL).get("accessToken");
        List<Map<String, Object>> adminBooks = given().baseUri(a.baseUrl()).auth().oauth2(admin)
            .get("/api/v1/me").then().statusCode(200).extract().path("memberships");
        String household = adminBooks.stream().map(m -> (String) m.get("bookId"))
            .filter(id -> memberBooks.stream().noneMatch(m -> id.equals(m.get("bookId")))).findFirst().orElseThrow();
        String householdAccount = given().baseUri(a.baseUrl()).auth().oauth2(admin)
            .get("/api/v1/books/" + household + "/accounts").then().statusCode(200).extract().path("items[0].id");
        String householdCategory = given().baseUri(a.baseUrl()).auth().oauth2(admin)
            .get("/api/v1/books/" + household + "/categories").then().statusCode(200).extract().path("items[0].id");

        try (LiveProbe onB = LiveProbe.connect(b.baseUrl()).authenticate(member);
             LiveProbe chairOnB = LiveProbe.connect(b.baseUrl()).authenticate(admin)) {
            assertEquals("{\"type\":\"ready\"}", onB.next(Duration.ofSeconds(10)));
            assertEquals("{\"type\":\"ready\"}", chairOnB.next(Duration.ofSeconds(10)));
            // A first entry warms both instances up (a cold JIT is not what a user waits for), then the measured one.
            book(a, treasurer, book, account, category, "Warm-up on instance a");
            String id = given().baseUri(a.baseUrl()).auth().oauth2(treasurer).contentType(ContentType.JSON)
                .body(Map.of("type", "EXPENSE", "amount", "12.34", "date", LocalDate.now().toString(), "accountId", account,
                    "categoryId", category, "description", "Booked on instance a", "status", "BOOKED",
                    "eigenbeleg", "Paid at the kiosk, no receipt given"))
                .post("/api/v1/books/" + book + "/transactions").then().log().ifValidationFails().statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("BOOKED")).extract().path("id");
            long answered = System.nanoTime();
            String pushed = onB.nextContaining(id, Duration.ofSeconds(3));
            assertNotNull(pushed, "the socket on instance b heard of the entry stored through instance a");
            assertEquals("{\"type\":\"transaction.changed\",\"bookId\":\"" + book + "\",\"id\":\"" + id + "\"}", pushed);
            long millis = (onB.arrivedAt(pushed) - answered) / 1_000_000;
            // The push may even come before the answer is read: it goes out when the transaction commits.
            assertTrue(millis < 1000, "within a second of a's answer (committed): " + millis + " ms");

            // An entry in the household book: its member (the chair) hears of it on b, the caucus member does not.
            String householdEntry = given().baseUri(a.baseUrl()).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("type", "EXPENSE", "amount", "7.00", "date", LocalDate.now().toString(), "accountId", householdAccount,
                    "categoryId", householdCategory, "description", "Household, instance a", "status", "BOOKED"))
                .post("/api/v1/books/" + household + "/transactions").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
            assertNotNull(chairOnB.nextContaining(householdEntry, Duration.ofSeconds(3)), "the household's member hears of it");
            assertNull(onB.nextContaining(household, Duration.ofSeconds(1)), "no member of the household book: nothing");

            // The member signs out on instance a: their socket on instance b is closed.
            given().baseUri(a.baseUrl()).contentType(ContentType.JSON)
                .body(Map.of("refreshToken", memberLogin.get("refreshToken"))).post("/api/v1/auth/logout")
                .then().statusCode(204);
            assertEquals(1008, onB.closeCode(Duration.ofSeconds(6)), "a session ended on a closes its socket on b");
        }
    }
}
