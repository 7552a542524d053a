package de.cet.backup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Without an instance administrator's token every backup endpoint answers 401, before reading anything.
 * The authorised paths (201 for an admin, 403 for a normal user) need identity's tokens: added when
 * identity merges; the use cases themselves are tested through the application services.
 */
@QuarkusTest
class BackupApiTest {

    @Test
    void anonymousCallersCannotStartABackup() {
        given().when().post("/api/v1/admin/backups")
            .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anonymousCallersCannotListBackups() {
        given().when().get("/api/v1/admin/backups").then().statusCode(401);
    }

    @Test
    void anonymousCallersCannotDownloadAnArchive() {
        given().when().get("/api/v1/admin/backups/" + UUID.randomUUID() + "/content").then().statusCode(401);
    }

    @Test
    void anonymousCallersCannotRestoreEvenWithAnUnknownSetupToken() {
        given().multiPart("archive", "backup.zip.pgp", new byte[] {1, 2, 3}, "application/pgp-encrypted")
            .multiPart("passphrase", "x")
            .multiPart("setupToken", "not-a-bootstrap-token")
            .when().post("/api/v1/admin/restore")
            .then().statusCode(401).body("status", equalTo(401));
    }

    @Test
    void anEmptyRestoreRequestIsStillA401ForAnonymousCallers() {
        given().multiPart("passphrase", "x").when().post("/api/v1/admin/restore").then().statusCode(401);
    }
}
