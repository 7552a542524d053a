package de.cet.receipts.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.receipts.EInvoices;
import de.cet.receipts.ReceiptPictures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A photographed till receipt and a scan prefill the form; every receipt that has a picture shows a thumbnail. */
@QuarkusTest
class OcrAndThumbnailApiTest {

    private static String upload(Actor actor, UUID book, String name, byte[] bytes, String type) {
        return LedgerFixtures.upload(actor, book, name, bytes, type).statusCode(201).extract().path("id");
    }

    @Test
    void aPhotographedTillReceiptIsReadByOcrForEveryMemberAndOnlyForMembers() {
        Actor owner = Actors.user();
        UUID book = LedgerFixtures.caucusBook(owner, 2026);
        Actor member = Actors.member(book, BookRole.MEMBER);
        Actor auditor = Actors.member(book, BookRole.AUDITOR);
        String photo = upload(member, book, "kassenbon.jpg", ReceiptPictures.photoJpeg(ReceiptPictures.TILL, -3, 0.6f),
            "image/jpeg");
        for (Actor reader : new Actor[] {member, owner, auditor}) {
            reader.api().get(books(book, "/receipts/" + photo + "/extraction")).then().statusCode(200)
                .body("source", equalTo("OCR"))
                .body("amount", equalTo("12.30"))
                .body("date", equalTo("2026-03-14"))
                .body("counterparty", containsString("Sonnenschein"))
                .body("invoiceNumber", nullValue())
                .body("iban", nullValue())
                .body("confidence", greaterThan(0.5f));
        }
        Actor stranger = Actors.user();
        stranger.api().get(books(book, "/receipts/" + photo + "/extraction")).then().statusCode(404);
        stranger.api().get(books(book, "/receipts/" + photo + "/thumbnail")).then().statusCode(404);
        UUID other = LedgerFixtures.caucusBook(stranger, 2026);
        stranger.api().get(books(other, "/receipts/" + photo + "/thumbnail")).then().statusCode(404);
        member.api().get(books(book, "/receipts/" + UUID.randomUUID() + "/thumbnail")).then().statusCode(404);
    }

    @Test
    void thumbnailsOfAPngAJpegAndAPdfAreSmallJpegsCachedByTheBrowserOnly() throws IOException {
        Actor owner = Actors.user();
        UUID book = LedgerFixtures.caucusBook(owner, 2026);
        Actor auditor = Actors.member(book, BookRole.AUDITOR);
        String png = upload(owner, book, "bon.png", ReceiptPictures.photoPng(ReceiptPictures.TILL), "image/png");
        String jpeg = upload(owner, book, "bon.jpg", ReceiptPictures.photoJpeg(ReceiptPictures.TILL.subList(0, 5), 2, 0.7f),
            "image/jpeg");
        String pdf = upload(owner, book, "rechnung.pdf", EInvoices.zugferd("EN16931"), "application/pdf");
        for (String id : new String[] {png, jpeg, pdf}) {
            var answer = auditor.api().get(books(book, "/receipts/" + id + "/thumbnail")).then().statusCode(200)
                .contentType("image/jpeg").header("Cache-Control", equalTo("private, max-age=86400"))
                .header("ETag", notNullValue()).extract();
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(answer.asByteArray()));
            assertTrue(Math.max(picture.getWidth(), picture.getHeight()) == 320, id + ": " + picture.getWidth() + "x"
                + picture.getHeight());
            String etag = answer.header("ETag");
            auditor.api().header("If-None-Match", etag).get(books(book, "/receipts/" + id + "/thumbnail")).then()
                .statusCode(304);
            byte[] again = auditor.api().get(books(book, "/receipts/" + id + "/thumbnail")).then().statusCode(200)
                .extract().asByteArray();
            assertEquals(answer.asByteArray().length, again.length, "served from the cache, the same bytes");
        }
        String xml = upload(owner, book, "xrechnung.xml", EInvoices.xrechnungUbl(), "application/xml");
        owner.api().get(books(book, "/receipts/" + xml + "/thumbnail")).then().statusCode(415)
            .contentType("application/problem+json").body("type", containsString("thumbnail-unsupported"));
    }

    @Test
    void aDecompressionBombImageAndACorruptPdfAreRefusedWithProblems() {
        Actor owner = Actors.user();
        UUID book = LedgerFixtures.caucusBook(owner, 2026);
        String bomb = upload(owner, book, "bomb.png", ReceiptPictures.pngDeclaring(50_000), "image/png");
        for (String what : new String[] {"/thumbnail", "/extraction"}) {
            owner.api().get(books(book, "/receipts/" + bomb + what)).then().statusCode(422)
                .contentType("application/problem+json").body("type", containsString("image-too-large"))
                .body("detail", containsString("50000 x 50000"));
        }
        String corrupt = upload(owner, book, "kaputt.pdf", EInvoices.corruptPdf(), "application/pdf");
        owner.api().get(books(book, "/receipts/" + corrupt + "/thumbnail")).then().statusCode(422)
            .contentType("application/problem+json").body("type", containsString("receipt-unreadable"));
    }
}
