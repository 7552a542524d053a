package de.cet.webui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How the application serves the web app beside the API (Quinoa, SPA routing, CSP, caching). */
@QuarkusTest
class WebAppServingTest {

    @Test
    void theStartPageIsTheAppWithAStrictPolicyAndIsAlwaysRevalidated() {
        given().get("/").then().statusCode(200)
            .contentType(containsString("text/html"))
            .body(containsString("<div id=\"root\"></div>"))
            .header("Cache-Control", "no-cache")
            .header("Content-Security-Policy", allOf(containsString("script-src 'self';"), containsString("style-src 'self';"),
                not(containsString("unsafe-inline")), not(containsString("unsafe-eval")), containsString("frame-ancestors 'none'")));
    }

    @Test
    void mailLinksAndOtherDeepLinksAnswerTheApp() {
        for (String path : new String[] {"/reset-password?token=abc", "/accept-invitation?token=abc", "/verify-email?token=x",
            "/confirm-email-change?token=x", "/books/00000000-0000-0000-0000-000000000000", "/no-such-page"}) {
            given().get(path).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<div id=\"root\"></div>")).header("Cache-Control", "no-cache");
        }
    }

    @Test
    void unknownApiAndOperationsAddressesStayProblemDocuments() {
        for (String path : new String[] {"/api/v1/nope", "/api/nope", "/q/nope"}) {
            given().accept("text/html").get(path).then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        }
        given().get("/api/v1/nope").then().header("Cache-Control", "no-store");
    }

    @Test
    void hashedAssetsAreImmutableAndTheServiceWorkerIsNot() {
        String script = hashedScript();
        given().get(script).then().statusCode(200)
            .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/sw.js").then().statusCode(200).header("Cache-Control", "no-cache")
            .body(containsString("index.html"));
        given().get("/manifest.webmanifest").then().statusCode(200).header("Cache-Control", "no-cache")
            .body(containsString("\"display\":\"standalone\""));
        given().get("/icons/icon-512.png").then().statusCode(200).contentType("image/png");
    }

    @Test
    void theAppsFilesAreCompressedWhenAskedAndApiAnswersOnlyWhereMarked() {
        String script = hashedScript();
        given().header("Accept-Encoding", "gzip").get(script).then().statusCode(200)
            .header("Content-Encoding", "gzip");
        given().header("Accept-Encoding", "gzip").get("/").then().statusCode(200).header("Content-Encoding", "gzip");
        given().header("Accept-Encoding", "gzip").get("/api/v1/nope").then().statusCode(404)
            .header("Content-Encoding", not(equalTo("gzip")));
        given().header("Accept-Encoding", "gzip").get("/q/openapi?format=json").then().statusCode(200)
            .header("Content-Encoding", not(equalTo("gzip")));
        // a sign-in answers tokens: never compressed; the dashboard's overview (no secret in it) is
        de.cet.testing.Actors.Actor owner = de.cet.testing.Actors.user();
        java.util.UUID book = de.cet.ledger.api.LedgerFixtures.caucusBook(owner, 2026);
        owner.api().header("Accept-Encoding", "gzip").get("/api/v1/books/" + book + "/overview").then().statusCode(200)
            .header("Content-Encoding", equalTo("gzip"));
        owner.api().header("Accept-Encoding", "gzip").get("/api/v1/books/" + book + "/transactions").then().statusCode(200)
            .header("Content-Encoding", equalTo("gzip"));
        given().header("Accept-Encoding", "gzip").contentType("application/json")
            .body(java.util.Map.of("email", "nobody@example.org", "password", "wrong-password-123"))
            .post("/api/v1/auth/login").then().statusCode(401).header("Content-Encoding", not(equalTo("gzip")));
        owner.api().header("Accept-Encoding", "gzip").get("/api/v1/me").then().statusCode(200)
            .header("Content-Encoding", not(equalTo("gzip")));
    }

    @Test
    void theServiceWorkerNeverAnswersApiOrOperationsAddressesWithTheApp() {
        String worker = given().get("/sw.js").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(worker.contains("api") && worker.contains("denylist"),
            "the navigation fallback excludes /api and /q: " + worker);
    }

    /** The hashed script index.html loads (its name changes with every build). */
    private static String hashedScript() {
        String index = given().get("/").then().extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        org.junit.jupiter.api.Assertions.assertTrue(script.find(), "index.html loads a hashed script: " + index);
        return script.group(1);
    }
}
