package de.cet.receipts.api;

import static de.cet.ledger.api.LedgerFixtures.books;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.receipts.EInvoices;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Uploading an e-invoice and asking what it says: what the record screen prefills. */
@QuarkusTest
class ExtractionApiTest {

    private static String upload(Actor actor, UUID book, String name, byte[] bytes, String type) {
        return LedgerFixtures.upload(actor, book, name, bytes, type).statusCode(201).extract().path("id");
    }

    @Test
    void anUploadedZugferdPdfAndAnXRechnungFillInTheFormForEveryMember() {
        Actor owner = Actors.user();
        UUID book = LedgerFixtures.caucusBook(owner, 2026);
        Actor member = Actors.member(book, BookRole.MEMBER);
        Actor auditor = Actors.member(book, BookRole.AUDITOR);
        String pdf = upload(member, book, "rechnung.pdf", EInvoices.zugferd("EN16931"), "application/pdf");
        for (Actor reader : new Actor[] {member, owner, auditor}) {
            reader.api().get(books(book, "/receipts/" + pdf + "/extraction")).then().statusCode(200)
                .body("source", equalTo("ZUGFERD"))
                .body("amount", equalTo("119.00"))
                .body("vatAmount", equalTo("19.00"))
                .body("date", equalTo("2026-03-14"))
                .body("counterparty", equalTo(EInvoices.SELLER))
                .body("invoiceNumber", equalTo(EInvoices.NUMBER))
                .body("iban", equalTo(EInvoices.IBAN))
                .body("confidence", equalTo(1.0f));
        }
        String xml = upload(member, book, "xrechnung.xml", EInvoices.xrechnungUbl(), "application/xml");
        member.api().get(books(book, "/receipts/" + xml + "/extraction")).then().statusCode(200)
            .body("source", equalTo("XRECHNUNG")).body("amount", equalTo("104.13"))
            .body("counterparty", equalTo("Druckhaus Lindenblatt KG"));
        // a PNG header with garbage behind it: OCR cannot decode it
        String png = upload(member, book, "foto.png", LedgerFixtures.png("till"), "image/png");
        member.api().get(books(book, "/receipts/" + png + "/extraction")).then().statusCode(422)
            .contentType("application/problem+json").body("type", containsString("receipt-unreadable"));

        Actor stranger = Actors.user();
        stranger.api().get(books(book, "/receipts/" + pdf + "/extraction")).then().statusCode(404);
        UUID other = LedgerFixtures.caucusBook(stranger, 2026);
        stranger.api().get(books(other, "/receipts/" + pdf + "/extraction")).then().statusCode(404);
        member.api().get(books(book, "/receipts/" + UUID.randomUUID() + "/extraction")).then().statusCode(404);
    }

    @Test
    void aDamagedPdfIsRefusedAndAnXxeXmlNeverGetsIn() {
        Actor owner = Actors.user();
        UUID book = LedgerFixtures.caucusBook(owner, 2026);
        String damaged = upload(owner, book, "kaputt.pdf", EInvoices.corruptPdf(), "application/pdf");
        owner.api().get(books(book, "/receipts/" + damaged + "/extraction")).then().statusCode(422)
            .contentType("application/problem+json").body("type", containsString("receipt-unreadable"));
        LedgerFixtures.upload(owner, book, "xxe.xml", EInvoices.xxe(), "application/xml").statusCode(415)
            .body("type", containsString("xml-refused"));
    }
}
