package de.cet.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.demo.DemoData;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances on one database, as behind a load balancer: a sign-in on one is a sign-in on the
 * other, what one stores the other answers, and a sign-out on one ends the token on the other at once (the
 * session is looked up in the database on every request, ADR 0002). It is also the proof that
 * {@link PackagedApp} starts instances the multi-instance tests of later features can rely on.
 */
class TwoInstancesIT {

    private static PackagedApp a;
    private static PackagedApp b;

    @BeforeAll
    static void startTwoInstances() {
        PackagedApp.Site site = PackagedApp.Site.fresh("two_instances").with("CET_DEMO", "true");
        a = site.start("a"); // creates the demo and the JWT keys
        b = site.start("b"); // finds both and creates nothing
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
    void aSignInOnOneInstanceWorksOnTheOtherAndASignOutEndsItOnBoth() {
        Response login = given().baseUri(a.baseUrl()).contentType(ContentType.JSON)
            .body(Map.of("email", DemoData.TREASURER_EMAIL, "password", DemoData.PASSWORD))
            .post("/api/v1/auth/login");
        login.then().statusCode(200);
        String access = login.path("accessToken");
        String refresh = login.path("refreshToken");

        List<Map<String, Object>> memberships = given().baseUri(b.baseUrl()).auth().oauth2(access)
            .get("/api/v1/me").then().statusCode(200)
            .body("email", equalTo(DemoData.TREASURER_EMAIL))
            .extract().path("memberships");
        String book = (String) memberships.get(0).get("bookId");

        int before = given().baseUri(b.baseUrl()).auth().oauth2(access)
            .get("/api/v1/books/" + book + "/transactions").then().statusCode(200)
            .body("totalItems", greaterThan(0)).extract().path("totalItems");
        String account = given().baseUri(a.baseUrl()).auth().oauth2(access)
            .get("/api/v1/books/" + book + "/accounts").then().statusCode(200).extract().path("items[0].id");
        String category = given().baseUri(a.baseUrl()).auth().oauth2(access)
            .get("/api/v1/books/" + book + "/categories").then().statusCode(200).extract().path("items[0].id");
        given().baseUri(a.baseUrl()).auth().oauth2(access).contentType(ContentType.JSON)
            .body(Map.of("type", "EXPENSE", "amount", "12.34", "date", java.time.LocalDate.now().toString(),
                "accountId", account, "categoryId", category, "description", "Stored on instance a"))
            .post("/api/v1/books/" + book + "/transactions").then().log().ifValidationFails().statusCode(201);
        int after = given().baseUri(b.baseUrl()).auth().oauth2(access)
            .get("/api/v1/books/" + book + "/transactions").then().statusCode(200).extract().path("totalItems");
        assertEquals(before + 1, after, "instance b answers what instance a stored");

        given().baseUri(b.baseUrl()).contentType(ContentType.JSON).body(Map.of("refreshToken", refresh))
            .post("/api/v1/auth/logout").then().statusCode(204);
        given().baseUri(a.baseUrl()).auth().oauth2(access).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void theDemoIsCreatedOnceThoughBothInstancesStartedInDemoMode() {
        assertEquals(true, a.output().contains("Demo instance created"), "instance a created the demo");
        assertEquals(false, b.output().contains("Demo instance created"), "instance b found it and created none");
    }
}
