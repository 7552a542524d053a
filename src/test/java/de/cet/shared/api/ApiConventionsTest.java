package de.cet.shared.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiConventionsTest {

    private static final String WIDGETS = "/api/v1/probe/widgets";
    private static final String VALID = "{\"name\":\"Stapler\",\"amount\":\"12.34\",\"kind\":\"SMALL\",\"date\":\"2026-03-01\"}";

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
            .contentType("application/problem+json")
            .body("status", equalTo(status))
            .body("title", notNullValue())
            .body("type", notNullValue())
            .body("instance", notNullValue())
            .body("requestId", not(emptyOrNullString()));
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(WIDGETS).then();
    }

    @Test
    void validMoneyIsAcceptedAndEchoedAsTwoDecimalString() {
        post(VALID).statusCode(201).body("amount", equalTo("12.34")).header("ETag", "\"1\"");
    }

    @Test
    void moneyAsJsonNumberIsRefusedWithTheFieldNamed() {
        problem(post("{\"name\":\"x\",\"amount\":12.34,\"kind\":\"SMALL\"}"), 400)
            .body("errors.field", hasItem("amount"));
    }

    @Test
    void moneyWithThreeFractionDigitsIsRefused() {
        problem(post("{\"name\":\"x\",\"amount\":\"12.345\",\"kind\":\"SMALL\"}"), 400)
            .body("errors.field", hasItem("amount"));
    }

    @Test
    void moneyWithoutFractionDigitsIsRefused() {
        problem(post("{\"name\":\"x\",\"amount\":\"12\",\"kind\":\"SMALL\"}"), 400).body("errors.field", hasItem("amount"));
    }

    @Test
    void zeroAndNegativeAmountsAreRefused() {
        problem(post("{\"name\":\"x\",\"amount\":\"0.00\",\"kind\":\"SMALL\"}"), 400)
            .body("errors[0].field", equalTo("amount"))
            .body("errors[0].message", containsString("greater than zero"));
        problem(post("{\"name\":\"x\",\"amount\":\"-5.00\",\"kind\":\"SMALL\"}"), 400).body("errors.field", hasItem("amount"));
    }

    @Test
    void unknownEnumValueIsRefusedListingTheAllowedOnes() {
        problem(post("{\"name\":\"x\",\"amount\":\"1.00\",\"kind\":\"HUGE\"}"), 400)
            .body("errors[0].field", equalTo("kind"))
            .body("errors[0].message", containsString("SMALL"));
    }

    @Test
    void wrongTypesAreRefused() {
        problem(post("{\"name\":42,\"amount\":\"1.00\",\"kind\":\"SMALL\"}"), 400).body("errors.field", hasItem("name"));
        problem(post("{\"name\":\"x\",\"amount\":\"1.00\",\"kind\":\"SMALL\",\"date\":\"01.03.2026\"}"), 400)
            .body("errors.field", hasItem("date"));
        problem(post("[1,2]"), 400);
    }

    @Test
    void missingFieldsAreListedTogether() {
        problem(post("{}"), 400).body("errors.field", hasItem("name")).body("errors.field", hasItem("amount"))
            .body("errors.field", hasItem("kind"));
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        problem(post("{\"name\": \"x\","), 400).body("detail", containsString("JSON"));
        problem(post("{\"name\": \"x\"} trailing"), 400);
    }

    @Test
    void emptyBodyIsRefused() {
        problem(given().contentType(ContentType.JSON).when().post(WIDGETS).then(), 400);
    }

    @Test
    void unknownRoutesAnswer404Problems() {
        problem(given().when().get("/api/v1/no-such-thing").then(), 404);
        // Every other address belongs to the web app (its own 404 page): WebAppServingTest.
        problem(given().when().get("/q/no-such-page").then(), 404);
    }

    @Test
    void wrongMethodAnswers405Problem() {
        problem(given().when().delete(WIDGETS).then(), 405);
    }

    @Test
    void wrongMediaTypeAnswers415Problem() {
        problem(given().contentType(ContentType.XML).body("<widget/>").when().post(WIDGETS).then(), 415);
    }

    @Test
    void oversizedJsonBodyAnswers413Problem() {
        String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        problem(given().contentType(ContentType.JSON).body(huge).when().post(WIDGETS).then(), 413);
    }

    @Test
    void unexpectedFailureAnswers500WithoutInternals() {
        String body = problem(given().when().get(WIDGETS + "/boom").then(), 500)
            .extract().asString();
        assertEquals(-1, body.indexOf("secret_table"));
        assertEquals(-1, body.indexOf("IllegalStateException"));
        assertEquals(-1, body.indexOf("at de.cet"));
    }

    @Test
    void securityHeadersAreOnApiProblemAndOperationsResponses() {
        for (String path : new String[] {WIDGETS, "/api/v1/nowhere", "/q/health/live", "/nowhere"}) {
            given().when().get(path).then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Request-Id", not(emptyOrNullString()));
        }
        given().when().get(WIDGETS).then().header("Cache-Control", "no-store");
    }

    @Test
    void hstsOnlyWhenServedOverTls() {
        given().header("X-Forwarded-Proto", "https").when().get(WIDGETS).then()
            .header("Strict-Transport-Security", containsString("max-age="));
        given().when().get(WIDGETS).then().header("Strict-Transport-Security", (String) null);
    }

    @Test
    void clientRequestIdIsEchoedInHeaderAndProblem() {
        given().header("X-Request-Id", "trace-123").when().get("/api/v1/nowhere").then()
            .header("X-Request-Id", "trace-123")
            .body("requestId", equalTo("trace-123"));
    }

    @Test
    void collectionsAnswerThePaginationEnvelope() {
        given().queryParam("page", 1).queryParam("size", 3).queryParam("sort", "amount,desc")
            .when().get(WIDGETS).then().statusCode(200)
            .body("items", hasSize(3))
            .body("items[0].amount", equalTo("4.00"))
            .body("page", equalTo(1)).body("size", equalTo(3)).body("totalItems", equalTo(7));
        given().when().get(WIDGETS).then().statusCode(200).body("size", equalTo(50)).body("page", equalTo(0));
    }

    @Test
    void badPagingParametersAreRefused() {
        problem(given().queryParam("size", 501).when().get(WIDGETS).then(), 400).body("errors.field", hasItem("size"));
        problem(given().queryParam("page", -1).when().get(WIDGETS).then(), 400).body("errors.field", hasItem("page"));
        problem(given().queryParam("sort", "password,asc").when().get(WIDGETS).then(), 400).body("errors.field", hasItem("sort"));
        problem(given().queryParam("sort", "name,sideways").when().get(WIDGETS).then(), 400);
        problem(given().queryParam("size", "ten").when().get(WIDGETS).then(), 400);
    }

    @Test
    void malformedDayOrIdInTheQueryIsA400NamingTheParameterNotA404() {
        problem(given().queryParam("date", "2026-02-30").when().get(WIDGETS + "/on").then(), 400)
            .body("errors.field", hasItem("date")).body("detail", containsString("2026-03-01"));
        problem(given().queryParam("date", "yesterday").when().get(WIDGETS + "/on").then(), 400)
            .body("errors.field", hasItem("date"));
        problem(given().queryParam("ownerId", "not-an-id").when().get(WIDGETS + "/on").then(), 400)
            .body("errors.field", hasItem("ownerId"));
        given().queryParam("date", "2026-02-28").queryParam("ownerId", "00000000-0000-0000-0000-000000000001")
            .when().get(WIDGETS + "/on").then().statusCode(200)
            .body("date", equalTo("2026-02-28")).body("ownerId", equalTo("00000000-0000-0000-0000-000000000001"));
        given().when().get(WIDGETS + "/on").then().statusCode(200).body("date", equalTo("null"));
    }

    @Test
    void aPathIdThatIsNoUuidStillNamesNoResource() {
        problem(given().contentType(ContentType.JSON).body("{\"name\":\"x\"}")
            .when().patch(WIDGETS + "/not-a-uuid").then(), 404);
    }

    @Test
    void repeatingACreateWithTheSameIdempotencyKeyCreatesNothingTwice() {
        String key = UUID.randomUUID().toString();
        int before = ConventionsProbeResource.CREATED.get();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID)
            .when().post(WIDGETS).then().statusCode(201).extract().path("id");
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID)
            .when().post(WIDGETS).then().statusCode(201).extract().path("id");
        assertEquals(first, second);
        assertEquals(before + 1, ConventionsProbeResource.CREATED.get());
    }

    @Test
    void reusingAnIdempotencyKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(VALID).when().post(WIDGETS)
            .then().statusCode(201);
        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", key)
            .body(VALID.replace("12.34", "99.99")).when().post(WIDGETS).then(), 422);
    }

    @Test
    void staleIfMatchIs412AndStaleBodyVersionIs409AndNoVersionIs428() {
        String id = post(VALID).statusCode(201).extract().path("id");
        String url = WIDGETS + "/" + id;
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"name\":\"A\"}")
            .when().patch(url).then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2));
        problem(given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"name\":\"B\"}")
            .when().patch(url).then(), 412).body("currentVersion", equalTo(2));
        problem(given().contentType(ContentType.JSON).body("{\"name\":\"B\",\"version\":1}")
            .when().patch(url).then(), 409);
        problem(given().contentType(ContentType.JSON).body("{\"name\":\"B\"}").when().patch(url).then(), 428);
        given().contentType(ContentType.JSON).body("{\"name\":\"C\",\"version\":2}")
            .when().patch(url).then().statusCode(200).body("name", equalTo("C"));
    }

    @Test
    void nulCharactersAreRefusedInTheAddressAndInJsonStrings() {
        problem(given().urlEncodingEnabled(false).when().get(WIDGETS + "?sort=name%00,asc").then(), 400)
            .body("errors[0].field", equalTo("sort"));
        problem(given().urlEncodingEnabled(false).when().get("/api/v1/probe/widgets%00").then(), 400);
        problem(post("{\"name\":\"a\\u0000b\",\"amount\":\"1.00\",\"kind\":\"SMALL\"}"), 400)
            .body("errors[0].field", equalTo("name"));
    }
}
