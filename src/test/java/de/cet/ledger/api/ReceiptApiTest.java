package de.cet.ledger.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.pdf;
import static de.cet.ledger.api.LedgerFixtures.png;
import static de.cet.ledger.api.LedgerFixtures.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import de.cet.books.domain.BookRole;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReceiptApiTest {

    Actor admin;
    UUID book;

    @BeforeEach
    void book() {
        admin = Actors.user();
        book = LedgerFixtures.caucusBook(admin, java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear());
    }

    @Test
    void anUploadedReceiptIsNumberedHashedAndDownloadedAsAnAttachmentByMembersOnly() {
        byte[] bytes = png("scan-1");
        String id = upload(admin, book, "Quittung Maerz (03).png", bytes, "application/octet-stream").statusCode(201)
            .body("contentType", equalTo("image/png"))
            .body("size", equalTo(bytes.length))
            .body("sha256", matchesPattern("[0-9a-f]{64}"))
            .body("number", matchesPattern("\\d{4}-0001"))
            .body("fileName", equalTo("Quittung Maerz (03).png"))
            .extract().path("id");
        upload(admin, book, "second.pdf", pdf("second"), "application/pdf").statusCode(201)
            .body("number", matchesPattern("\\d{4}-0002"));

        Actor member = Actors.member(book, BookRole.MEMBER);
        member.api().get(books(book, "/receipts/" + id)).then().statusCode(200).body("id", equalTo(id));
        byte[] downloaded = member.api().get(books(book, "/receipts/" + id + "/content")).then().statusCode(200)
            .contentType("image/png")
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Disposition", containsString("attachment;"))
            .header("Content-Disposition", containsString("filename*=UTF-8''Quittung%20Maerz%20%2803%29.png"))
            .extract().asByteArray();
        assertArrayEquals(bytes, downloaded);

        Actors.user().api().get(books(book, "/receipts/" + id + "/content")).then().statusCode(404);
        UUID other = LedgerFixtures.caucusBook(admin, 2026);
        admin.api().get(books(other, "/receipts/" + id)).then().statusCode(404);
    }

    @Test
    void theSameFileTwiceInABookAnswersTheStoredReceipt() {
        byte[] bytes = pdf("twice");
        String first = upload(admin, book, "a.pdf", bytes, "application/pdf").statusCode(201).extract().path("id");
        upload(admin, book, "b.pdf", bytes, "application/pdf").statusCode(200)
            .body("id", equalTo(first)).body("fileName", equalTo("a.pdf"));
    }

    @Test
    void aRenamedExecutableIsRefusedWhateverItsNameAndDeclaredType() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        byte[] pe = "PE\0\0".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(pe, 0, exe, 0x80, pe.length);
        upload(admin, book, "receipt.pdf", exe, "application/pdf").statusCode(415)
            .contentType("application/problem+json");
        upload(admin, book, "receipt.txt", "just text".getBytes(StandardCharsets.UTF_8), "image/png").statusCode(415);
    }

    @Test
    void xmlWithADoctypeIsRefusedPlainXmlIsAccepted() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
            + "<Invoice>&lol2;</Invoice>";
        upload(admin, book, "invoice.xml", bomb.getBytes(StandardCharsets.UTF_8), "application/xml").statusCode(415);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Invoice>&x;</Invoice>";
        upload(admin, book, "invoice.xml", xxe.getBytes(StandardCharsets.UTF_8), "application/xml").statusCode(415);
        String invoice = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>R-1</ID></Invoice>";
        upload(admin, book, "xrechnung.xml", invoice.getBytes(StandardCharsets.UTF_8), "text/plain").statusCode(201)
            .body("contentType", equalTo("application/xml"));
    }

    @Test
    void aPathTraversalFileNameIsStoredSanitised() {
        upload(admin, book, "../../etc/passwd.pdf", pdf("traversal"), "application/pdf").statusCode(201)
            .body("fileName", not(containsString("/")))
            .body("fileName", not(containsString("..")))
            .body("fileName", containsString("passwd.pdf"));
    }

    @Test
    void anOversizedReceiptIsRefusedWith413AndLeavesNothing() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        byte[] head = pdf("big");
        System.arraycopy(head, 0, big, 0, head.length);
        upload(admin, book, "big.pdf", big, "application/pdf").statusCode(413);
        upload(admin, book, "big.pdf", head, "application/pdf").statusCode(201).body("number", matchesPattern("\\d{4}-0001"));
    }

    @Test
    void auditorsCannotUploadAndAnEmptyFileIsRefused() {
        Actor auditor = Actors.member(book, BookRole.AUDITOR);
        upload(auditor, book, "a.pdf", pdf("auditor"), "application/pdf").statusCode(403);
        upload(admin, book, "empty.pdf", new byte[0], "application/pdf").statusCode(400);
        Actors.user().api();
        upload(Actors.user(), book, "a.pdf", pdf("stranger"), "application/pdf").statusCode(404);
    }

    @Test
    void aRepeatedUploadWithTheSameIdempotencyKeyAnswersTheFirstResult() {
        String key = "upload-" + UUID.randomUUID();
        byte[] bytes = pdf("idem-" + key);
        String first = io.restassured.RestAssured.given().header("Authorization", "Bearer " + admin.accessToken())
            .header("Idempotency-Key", key).multiPart("file", "a.pdf", bytes, "application/pdf")
            .post(books(book, "/receipts")).then().statusCode(201).extract().path("id");
        String again = io.restassured.RestAssured.given().header("Authorization", "Bearer " + admin.accessToken())
            .header("Idempotency-Key", key).multiPart("file", "a.pdf", bytes, "application/pdf")
            .post(books(book, "/receipts")).then().statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertEquals(first, again);
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + admin.accessToken())
            .header("Idempotency-Key", key).multiPart("file", "a.pdf", pdf("other-" + key), "application/pdf")
            .post(books(book, "/receipts")).then().statusCode(422);
    }
}
