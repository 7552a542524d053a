package de.cet.exporting.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.record;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public transparency page: nothing of a book that has not opted in (404, as for an unknown slug);
 * once on, only final (signed) reports, with totals per official category and the signatories — never a
 * member's name, a counterparty, a description, a receipt or a user id.
 */
@QuarkusTest
class PublicPageApiTest {

    static final String SECRET_PARTY = "Geheimfirma Schmidt GmbH";
    static final String SECRET_TEXT = "Treffen mit Mallory im Hinterzimmer";

    static final class Caucus {
        final Actor chair = Actors.user("Anna Chair");
        final UUID book = LedgerFixtures.caucusBook(chair, 2026);
        final Actor deputy = Actors.user("Dora Deputy");
        final Actor member = Actors.user("Mallory Member");
        final Actor treasurer = Actors.user("Tom Treasurer");
        final UUID period;
        final String slug = "fraktion-" + UUID.randomUUID().toString().substring(0, 8);
        String receiptNumber;

        Caucus() {
            LedgerFixtures.settings(chair, book, Map.of("fourEyes", false, "requireApproval", false, "requireReceipt", false));
            chair.api().body(Map.of("signatory", true)).patch("/api/v1/books/" + book + "/members/" + chair.id())
                .then().statusCode(200);
            Actors.addMember(book, deputy.id(), BookRole.TREASURER, true);
            Actors.addMember(book, member.id(), BookRole.MEMBER, false);
            Actors.addMember(book, treasurer.id(), BookRole.TREASURER, false);
            period = LedgerFixtures.firstPeriod(chair, book);
            UUID bank = LedgerFixtures.bankAccount(chair, book, "500.00", "2026-01-01");
            Map<String, Object> grant = tx("INCOME", "5000.00", "2026-01-15", bank, category(chair, book, "IN-110"));
            grant.put("status", "BOOKED");
            grant.put("counterparty", "Stadt Musterstadt");
            record(chair, book, grant);
            Map<String, Object> advance = tx("EXPENSE", "45.60", "2026-03-03", bank, category(chair, book, "EX-520"));
            advance.put("status", "BOOKED");
            advance.put("paidByMemberId", member.id().toString());
            advance.put("counterparty", SECRET_PARTY);
            advance.put("description", SECRET_TEXT);
            record(chair, book, advance);
            UUID receipt = LedgerFixtures.receipt(chair, book, "rent");
            receiptNumber = chair.api().get(books(book, "/receipts/" + receipt)).then().extract().path("number");
            Map<String, Object> rent = tx("EXPENSE", "1200.00", "2026-02-01", bank, category(chair, book, "EX-200"));
            rent.put("status", "BOOKED");
            rent.put("counterparty", SECRET_PARTY);
            rent.put("receiptIds", List.of(receipt.toString()));
            record(chair, book, rent);
        }

        String setting() {
            return books(book, "/settings/publication");
        }

        void publish(boolean on) {
            long version = ((Number) chair.api().get(setting()).then().statusCode(200).extract().path("version")).longValue();
            chair.api().body(Map.of("enabled", on, "slug", slug, "version", version)).put(setting()).then().statusCode(200)
                .body("enabled", equalTo(on)).body("slug", equalTo(slug))
                .body("pagePath", equalTo("/api/v1/public/books/" + slug));
        }

        void closeAndSign(Actor... signatories) {
            chair.api().post(books(book, "/periods/" + period + "/close")).then().statusCode(200);
            for (Actor signatory : signatories) {
                signatory.api().post(books(book, "/periods/" + period + "/sign-off")).then().statusCode(200);
            }
        }
    }

    private static String json(String slug) {
        return "/api/v1/public/books/" + slug + "/transparency";
    }

    private static String page(String slug) {
        return "/api/v1/public/books/" + slug;
    }

    @Test
    void aBookThatHasNotOptedInShowsNothingAndAnswersLikeAnUnknownSlug() {
        Caucus caucus = new Caucus();
        caucus.closeAndSign(caucus.chair, caucus.deputy);
        String unknown = given().get(json("no-such-book-here")).then().statusCode(404)
            .contentType("application/problem+json").extract().path("type");
        assertEquals(unknown, given().get(json(caucus.slug)).then().statusCode(404).extract().path("type"));
        given().get(page(caucus.slug)).then().statusCode(404);
        caucus.chair.api().get(caucus.setting()).then().statusCode(200)
            .body("enabled", equalTo(false)).body("slug", nullValue()).body("version", equalTo(0));

        caucus.publish(true);
        given().get(json(caucus.slug)).then().statusCode(200);
        caucus.publish(false);
        assertEquals(unknown, given().get(json(caucus.slug)).then().statusCode(404).extract().path("type"),
            "switched off: the same answer as a slug nobody uses");
        given().get(page(caucus.slug)).then().statusCode(404);
        given().get(json("Bad_Slug")).then().statusCode(404);
    }

    @Test
    void onlyFinalReportsAreShownWithTotalsAndSignatoriesAndNoPersonalData() {
        Caucus caucus = new Caucus();
        caucus.publish(true);
        given().get(json(caucus.slug)).then().statusCode(200).body("reports", empty());
        caucus.closeAndSign(caucus.deputy);
        given().get(json(caucus.slug)).then().statusCode(200).body("reports", empty())
            .body("bookName", not(empty()));
        given().get(page(caucus.slug)).then().statusCode(200).body(containsString("Noch kein unterschriebener Bericht"));

        caucus.chair.api().post(books(caucus.book, "/periods/" + caucus.period + "/sign-off")).then().statusCode(200);
        ExtractableResponse<Response> answer = given().get(json(caucus.slug)).then().statusCode(200)
            .header("Cache-Control", "public, max-age=300")
            .body("reports", hasSize(1))
            .body("reports[0].periodId", equalTo(caucus.period.toString()))
            .body("reports[0].fund", equalTo("PUBLIC"))
            .body("reports[0].openingBalance", equalTo("500.00"))
            .body("reports[0].income.find { it.officialCode == 'IN-110' }.amount", equalTo("5000.00"))
            .body("reports[0].expenses.find { it.officialCode == 'EX-200' }.amount", equalTo("1200.00"))
            .body("reports[0].expenses.find { it.officialCode == 'EX-520' }.amount", equalTo("45.60"))
            .body("reports[0].totalExpenses", equalTo("1245.60"))
            .body("reports[0].closingBalance", equalTo("4254.40"))
            .body("reports[0].signOffs.displayName", equalTo(List.of("Dora Deputy", "Anna Chair")))
            .extract();
        String body = answer.asString();
        String html = given().get(page(caucus.slug)).then().statusCode(200)
            .contentType(containsString("text/html")).extract().asString();
        for (String text : List.of(body, html)) {
            assertTrue(text.contains("Dora Deputy") && text.contains("Anna Chair"), "the signatories are shown");
            assertTrue(text.contains("1.200,00") || text.contains("1200.00"), "the totals are shown");
            for (String secret : List.of("Mallory", "Tom Treasurer", SECRET_PARTY, "Schmidt", SECRET_TEXT,
                "Stadt Musterstadt", caucus.receiptNumber, caucus.member.id().toString(), caucus.chair.id().toString(),
                caucus.deputy.id().toString(), caucus.member.email(), "userId", "inventory\"")) {
                assertFalse(text.contains(secret), "the public page must not show " + secret);
            }
        }
        assertTrue(html.contains("1.200,00"), "German amounts on the German page");
        assertTrue(given().get(page(caucus.slug) + "?lang=en").then().statusCode(200).extract().asString()
            .contains("1,200.00"));
        given().get(json(caucus.slug) + "?lang=fr").then().statusCode(400);
        given().get(json(caucus.slug) + "?periodId=" + UUID.randomUUID()).then().statusCode(404);
        given().get(json(caucus.slug) + "?periodId=" + caucus.period).then().statusCode(200).body("reports", hasSize(1));
    }

    @Test
    void thePageIsCacheableAndHasAStrictScriptFreeCsp() {
        Caucus caucus = new Caucus();
        caucus.publish(true);
        caucus.closeAndSign(caucus.deputy, caucus.chair);
        ExtractableResponse<Response> first = given().get(page(caucus.slug)).then().statusCode(200)
            .header("Cache-Control", "public, max-age=300").extract();
        String csp = first.header("Content-Security-Policy");
        assertTrue(csp.startsWith("default-src 'none'; style-src 'sha256-"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("script-src"), csp);
        String html = first.asString();
        assertFalse(html.contains("<script") || html.contains("style=\""), "no script, no style attribute");
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get(page(caucus.slug)).then().statusCode(304);
        String jsonTag = given().get(json(caucus.slug)).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", jsonTag).get(json(caucus.slug)).then().statusCode(304);
        // switching off and on again leaves the content as it was: the same ETag still matches
        caucus.publish(false);
        caucus.publish(true);
        given().header("If-None-Match", jsonTag).get(json(caucus.slug)).then().statusCode(304);
    }

    @Test
    void onlyTheAdminSwitchesThePageAndASlugBelongsToOneBook() {
        Caucus caucus = new Caucus();
        Actor stranger = Actors.user();
        Map<String, Object> on = new HashMap<>(Map.of("enabled", true, "slug", caucus.slug, "version", 0));
        caucus.member.api().body(on).put(caucus.setting()).then().statusCode(403);
        caucus.deputy.api().body(on).put(caucus.setting()).then().statusCode(403);
        stranger.api().body(on).put(caucus.setting()).then().statusCode(404);
        stranger.api().get(caucus.setting()).then().statusCode(404);
        caucus.member.api().get(caucus.setting()).then().statusCode(200).body("enabled", equalTo(false));
        given().contentType("application/json").body(on).put(caucus.setting()).then().statusCode(401);

        caucus.chair.api().body(Map.of("enabled", true, "slug", "Bad Slug!", "version", 0)).put(caucus.setting())
            .then().statusCode(400).body("errors[0].field", equalTo("slug"));
        caucus.chair.api().body(Map.of("enabled", true, "version", 0)).put(caucus.setting()).then().statusCode(400)
            .body("errors[0].field", equalTo("slug"));
        caucus.chair.api().body(Map.of("slug", caucus.slug, "version", 0)).put(caucus.setting()).then().statusCode(400);
        caucus.chair.api().body(Map.of("enabled", true, "slug", caucus.slug)).put(caucus.setting()).then().statusCode(428);
        caucus.chair.api().body(on).put(caucus.setting()).then().statusCode(200).header("ETag", "\"1\"");
        caucus.chair.api().header("If-Match", "\"0\"").body(Map.of("enabled", false)).put(caucus.setting())
            .then().statusCode(412);
        caucus.chair.api().header("If-Match", "\"1\"").body(Map.of("enabled", false)).put(caucus.setting())
            .then().statusCode(200).body("slug", equalTo(caucus.slug)).body("enabled", equalTo(false));

        Actor otherChair = Actors.user();
        UUID other = LedgerFixtures.caucusBook(otherChair, 2026);
        otherChair.api().body(Map.of("enabled", true, "slug", caucus.slug, "version", 0))
            .put(books(other, "/settings/publication")).then().statusCode(409).body("type", containsString("slug-taken"));
    }
}
