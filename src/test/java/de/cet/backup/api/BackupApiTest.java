package de.cet.backup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import de.cet.testing.Actors;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may use the backup endpoints: anonymous callers get 401, signed-in users who are not instance
 * administrators 403, administrators run, list and download backups; a restore onto an instance that
 * already keeps books is refused.
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

    @Test
    void anInstanceAdministratorRunsListsAndDownloadsBackups() {
        Actors.Actor admin = Actors.instanceAdmin();
        String id = admin.api().post("/api/v1/admin/backups").then().statusCode(201)
            .body("status", equalTo("SUCCEEDED")).extract().path("id");
        admin.api().get("/api/v1/admin/backups").then().statusCode(200).body("items.id", hasItem(id));
        byte[] archive = admin.api().get("/api/v1/admin/backups/" + id + "/content").then().statusCode(200)
            .contentType(startsWith("application/pgp-encrypted"))
            .header("Content-Disposition", startsWith("attachment"))
            .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertTrue(archive.length > 0);
        admin.api().get("/api/v1/admin/backups/" + UUID.randomUUID() + "/content").then().statusCode(404);
    }

    @Test
    void aUserWhoIsNotAnInstanceAdministratorIsRefused() {
        Actors.Actor user = Actors.user();
        user.api().post("/api/v1/admin/backups").then().statusCode(403);
        user.api().get("/api/v1/admin/backups").then().statusCode(403);
        user.api().get("/api/v1/admin/backups/" + UUID.randomUUID() + "/content").then().statusCode(403);
        given().header("Authorization", "Bearer " + user.accessToken())
            .multiPart("archive", "backup.zip.pgp", new byte[] {1, 2, 3}, "application/pgp-encrypted")
            .multiPart("passphrase", "x")
            .when().post("/api/v1/admin/restore").then().statusCode(403);
    }

    @Test
    void restoringOntoAnInstanceThatKeepsBooksIsAConflict() {
        Actors.Actor admin = Actors.instanceAdmin();
        Actors.book(admin);
        String id = admin.api().post("/api/v1/admin/backups").then().statusCode(201).extract().path("id");
        byte[] archive = admin.api().get("/api/v1/admin/backups/" + id + "/content").then().statusCode(200)
            .extract().asByteArray();
        given().header("Authorization", "Bearer " + admin.accessToken())
            .multiPart("archive", "backup.zip.pgp", archive, "application/pgp-encrypted")
            .multiPart("passphrase", "correct horse battery staple")
            .when().post("/api/v1/admin/restore")
            .then().statusCode(409).body("status", equalTo(409))
            .body("detail", org.hamcrest.Matchers.containsString("already holds books or ledger data"))
            .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("books_book")))
            .body("tablesWithData", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void aSetupTokenIsWorthlessOnceUsersExist() {
        Actors.user();
        given().multiPart("archive", "backup.zip.pgp", new byte[] {1, 2, 3}, "application/pgp-encrypted")
            .multiPart("passphrase", "x")
            .multiPart("setupToken", "a".repeat(43))
            .when().post("/api/v1/admin/restore")
            .then().statusCode(401);
    }
}
