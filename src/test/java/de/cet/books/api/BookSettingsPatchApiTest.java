package de.cet.books.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PATCH of a book's settings reads its body the one way every PATCH does (PatchBody): absent keeps, null
 * clears the two optional settings and keeps the others, a wrong type is a field error, and a refused
 * change stores nothing.
 */
@QuarkusTest
class BookSettingsPatchApiTest {

    Actor admin;
    UUID book;

    @BeforeEach
    void book() {
        admin = Actors.user("Petra Patch");
        book = Actors.book(admin, "Fraktion Patch", "CAUCUS");
    }

    private String path() {
        return "/api/v1/books/" + book;
    }

    @Test
    void aNullClearsAnOptionalSettingAndKeepsARequiredOne() {
        admin.api().header("If-Match", "\"0\"").body(Map.of("dualApprovalAbove", "750.00", "electionDate", "2026-09-13"))
            .patch(path()).then().statusCode(200).body("version", equalTo(1));
        admin.api().header("If-Match", "\"1\"").body("{\"electionDate\": null, \"name\": null, \"fourEyes\": null}")
            .patch(path()).then().statusCode(200)
            .body("electionDate", equalTo(null))
            .body("dualApprovalAbove", equalTo("750.00"))
            .body("name", equalTo("Fraktion Patch"))
            .body("fourEyes", equalTo(true));
    }

    @Test
    void wrongTypesAreFieldErrorsAndStoreNothing() {
        admin.api().header("If-Match", "\"0\"").body("{\"requireApproval\": \"yes\", \"name\": \"Neu\"}")
            .patch(path()).then().statusCode(400)
            .body("errors.field", hasItem("requireApproval"));
        admin.api().header("If-Match", "\"0\"").body("{\"electionDate\": \"13.09.2026\"}")
            .patch(path()).then().statusCode(400)
            .body("errors.field", hasItem("electionDate"));
        admin.api().header("If-Match", "\"0\"").body("{\"dualApprovalAbove\": \"-5.00\"}")
            .patch(path()).then().statusCode(400)
            .body("errors.field", hasItem("dualApprovalAbove"));
        admin.api().header("If-Match", "\"0\"").body("[\"name\"]")
            .patch(path()).then().statusCode(400)
            .body("errors.field", hasItem("body"));
        admin.api().get(path()).then().statusCode(200)
            .body("name", equalTo("Fraktion Patch")).body("version", equalTo(0));
    }
}
