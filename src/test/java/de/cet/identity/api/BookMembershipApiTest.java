package de.cet.identity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import de.cet.books.domain.BookRole;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Books and membership endpoints: behaviour and the role matrix (each role, a non-member, a foreign book). */
@QuarkusTest
class BookMembershipApiTest {

    Actor admin;
    UUID book;
    Map<BookRole, Actor> members = new EnumMap<>(BookRole.class);
    Actor stranger;

    @BeforeEach
    void book() {
        admin = Actors.user("Anna Admin");
        book = Actors.book(admin, "Fraktion Blau", "CAUCUS");
        members.put(BookRole.ADMIN, admin);
        for (BookRole role : new BookRole[] {BookRole.TREASURER, BookRole.MEMBER, BookRole.AUDITOR}) {
            members.put(role, Actors.member(book, role));
        }
        stranger = Actors.user();
    }

    private String path(String tail) {
        return "/api/v1/books/" + book + tail;
    }

    @Test
    void creatingABookMakesTheCreatorItsAdmin() {
        Actor carla = Actors.user();
        carla.api().body(Map.of("name", "Haushalt", "kind", "HOUSEHOLD", "currency", "EUR",
                "firstPeriod", Map.of("name", "2026", "startDate", "2026-01-01", "endDate", "2026-12-31")))
            .post("/api/v1/books").then().statusCode(201)
            .header("ETag", "\"0\"")
            .body("name", equalTo("Haushalt")).body("kind", equalTo("HOUSEHOLD")).body("currency", equalTo("EUR"))
            .body("role", equalTo("ADMIN")).body("version", equalTo(0)).body("requireApproval", equalTo(false));
        carla.api().get("/api/v1/books").then().statusCode(200).body("items", hasSize(1))
            .body("items[0].name", equalTo("Haushalt")).body("totalItems", equalTo(1));
        carla.api().get("/api/v1/me").then().body("memberships[0].role", equalTo("ADMIN"));
    }

    @Test
    void invalidBooksAreRefused() {
        Actor carla = Actors.user();
        carla.api().body(Map.of("name", "", "kind", "CAUCUS", "currency", "EUR")).post("/api/v1/books")
            .then().statusCode(400).body("errors.field", hasItem("name"));
        carla.api().body(Map.of("name", "X", "kind", "CAUCUS", "currency", "USD")).post("/api/v1/books")
            .then().statusCode(400).body("errors.field", hasItem("currency"));
        carla.api().body(Map.of("name", "X", "kind", "CLUB", "currency", "EUR")).post("/api/v1/books")
            .then().statusCode(400);
        carla.api().body(Map.of("name", "X", "kind", "GROUP", "currency", "EUR",
                "firstPeriod", Map.of("name", "2026", "startDate", "2026-12-31", "endDate", "2026-01-01")))
            .post("/api/v1/books").then().statusCode(400).body("errors.field", hasItem("firstPeriod.endDate"));
        carla.api().get("/api/v1/books").then().body("items", hasSize(0));
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "kind", "GROUP", "currency", "EUR"))
            .post("/api/v1/books").then().statusCode(401);
    }

    @Test
    void everyMemberReadsTheBookAndItsMembersStrangersGet404() {
        for (Actor m : members.values()) {
            m.api().get(path("")).then().statusCode(200).body("name", equalTo("Fraktion Blau"));
            m.api().get(path("/members")).then().statusCode(200).body("items", hasSize(4));
        }
        stranger.api().get(path("")).then().statusCode(404).contentType("application/problem+json");
        stranger.api().get(path("/members")).then().statusCode(404);
        stranger.api().get("/api/v1/books/" + UUID.randomUUID()).then().statusCode(404);
        stranger.api().get("/api/v1/books").then().body("items", hasSize(0));
    }

    @Test
    void onlyAdminsChangeSettingsWithTheVersionTheyRead() {
        for (BookRole role : new BookRole[] {BookRole.TREASURER, BookRole.MEMBER, BookRole.AUDITOR}) {
            members.get(role).api().header("If-Match", "\"0\"").body(Map.of("fourEyes", false)).patch(path(""))
                .then().statusCode(403);
        }
        stranger.api().header("If-Match", "\"0\"").body(Map.of("fourEyes", false)).patch(path("")).then().statusCode(404);

        admin.api().body(Map.of("fourEyes", false)).patch(path("")).then().statusCode(428);
        admin.api().header("If-Match", "\"0\"")
            .body(Map.of("fourEyes", false, "dualApprovalAbove", "500.00", "electionDate", "2026-09-13", "locale", "en"))
            .patch(path("")).then().statusCode(200).header("ETag", "\"1\"")
            .body("fourEyes", equalTo(false)).body("dualApprovalAbove", equalTo("500.00"))
            .body("electionDate", equalTo("2026-09-13")).body("locale", equalTo("en")).body("version", equalTo(1));
        admin.api().header("If-Match", "\"0\"").body(Map.of("name", "Stale")).patch(path("")).then().statusCode(412);
        admin.api().body(Map.of("name", "Stale", "version", 0)).patch(path("")).then().statusCode(409);
        admin.api().header("If-Match", "\"1\"").body(Map.of("dualApprovalAbove", 500)).patch(path(""))
            .then().statusCode(400);
        admin.api().header("If-Match", "\"1\"").body("{\"dualApprovalAbove\": null}").patch(path(""))
            .then().statusCode(200).body("dualApprovalAbove", equalTo(null));
    }

    @Test
    void onlyAdminsChangeRolesAndSignatories() {
        Actor member = members.get(BookRole.MEMBER);
        for (BookRole role : new BookRole[] {BookRole.TREASURER, BookRole.MEMBER, BookRole.AUDITOR}) {
            members.get(role).api().body(Map.of("role", "ADMIN")).patch(path("/members/" + member.id()))
                .then().statusCode(403);
        }
        stranger.api().body(Map.of("role", "ADMIN")).patch(path("/members/" + member.id())).then().statusCode(404);
        admin.api().body(Map.of("role", "TREASURER", "signatory", true)).patch(path("/members/" + member.id()))
            .then().statusCode(200).body("role", equalTo("TREASURER")).body("signatory", equalTo(true));
        member.api().get(path("")).then().body("role", equalTo("TREASURER")).body("signatory", equalTo(true));
        admin.api().body(Map.of("role", "ADMIN")).patch(path("/members/" + stranger.id())).then().statusCode(404);
    }

    @Test
    void onlyAdminsRemoveMembersButAnyoneMayLeave() {
        Actor auditor = members.get(BookRole.AUDITOR);
        Actor member = members.get(BookRole.MEMBER);
        members.get(BookRole.TREASURER).api().delete(path("/members/" + auditor.id())).then().statusCode(403);
        member.api().delete(path("/members/" + auditor.id())).then().statusCode(403);
        stranger.api().delete(path("/members/" + auditor.id())).then().statusCode(404);

        admin.api().delete(path("/members/" + auditor.id())).then().statusCode(204);
        auditor.api().get(path("")).then().statusCode(404);
        member.api().delete(path("/members/" + member.id())).then().statusCode(204);
        admin.api().get(path("/members")).then().body("items.userId", not(hasItem(member.id().toString())));
    }

    @Test
    void theLastAdminStays() {
        admin.api().delete(path("/members/" + admin.id())).then().statusCode(409);
        admin.api().body(Map.of("role", "MEMBER")).patch(path("/members/" + admin.id())).then().statusCode(409);
        Actor treasurer = members.get(BookRole.TREASURER);
        admin.api().body(Map.of("role", "ADMIN")).patch(path("/members/" + treasurer.id())).then().statusCode(200);
        admin.api().delete(path("/members/" + admin.id())).then().statusCode(204);
        treasurer.api().get(path("/members")).then().body("items", hasSize(3));
    }

    @Test
    void aMemberOfAnotherBookGets404() {
        UUID foreign = Actors.book(stranger);
        for (Actor m : members.values()) {
            m.api().get("/api/v1/books/" + foreign).then().statusCode(404);
            m.api().get("/api/v1/books/" + foreign + "/members").then().statusCode(404);
            m.api().body(Map.of("role", "MEMBER")).patch("/api/v1/books/" + foreign + "/members/" + stranger.id())
                .then().statusCode(404);
        }
        // A member id of this book used on the foreign book is not found either.
        stranger.api().body(Map.of("role", "MEMBER")).patch("/api/v1/books/" + foreign + "/members/" + admin.id())
            .then().statusCode(404);
    }
}
