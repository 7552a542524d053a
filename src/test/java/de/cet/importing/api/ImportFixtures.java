package de.cet.importing.api;

import static io.restassured.RestAssured.given;

import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors.Actor;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calls of the import API for the tests. */
public final class ImportFixtures {

    private ImportFixtures() {}

    public static ValidatableResponse upload(Actor who, UUID book, UUID account, byte[] file, String profileId) {
        RequestSpecification r = given().header("Authorization", "Bearer " + who.accessToken())
            .multiPart("file", "statement", file, "application/octet-stream");
        if (profileId != null) {
            r = r.multiPart("profileId", profileId);
        }
        return r.post(LedgerFixtures.books(book, "/accounts/" + account + "/imports")).then();
    }

    public static List<Map<String, Object>> lines(Actor who, UUID book, String status) {
        var r = who.api().queryParam("size", 500);
        if (status != null) {
            r = r.queryParam("status", status);
        }
        return r.get(LedgerFixtures.books(book, "/bank-lines")).then().statusCode(200).extract().jsonPath().getList("items");
    }

    public static ValidatableResponse reconciliation(Actor who, UUID book, UUID account, String date) {
        return who.api().queryParam("date", date).get(LedgerFixtures.books(book, "/accounts/" + account + "/reconciliation")).then();
    }

    public static Map<String, Object> condition(String field, String op, String value) {
        return Map.of("field", field, "op", op, "value", value);
    }

    public static String rule(Actor who, UUID book, String name, int priority, List<Map<String, Object>> conditions,
                              UUID categoryId) {
        return who.api().body(Map.of("name", name, "priority", priority, "conditions", conditions,
                "actions", Map.of("categoryId", categoryId.toString(), "tags", List.of("auto"))))
            .post(LedgerFixtures.books(book, "/rules")).then().statusCode(201).extract().path("id");
    }
}
