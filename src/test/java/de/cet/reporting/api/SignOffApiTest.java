package de.cet.reporting.api;

import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static de.cet.ledger.api.LedgerFixtures.books;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Signing off a period's transparency report: who may, when, how often, and what it leaves behind. */
@QuarkusTest
class SignOffApiTest {

    private static String signOff(UUID book, UUID period) {
        return books(book, "/periods/" + period + "/sign-off");
    }

    private static Actor signatory(UUID book, String name, BookRole role) {
        Actor actor = Actors.user(name);
        Actors.addMember(book, actor.id(), role, true);
        return actor;
    }

    @Test
    void anOpenPeriodCannotBeSignedOff() {
        Actor owner = Actors.user();
        UUID book = LedgerFixtures.caucusBook(owner, 2026);
        Actor chair = signatory(book, "Clara Chair", BookRole.MEMBER);
        UUID period = LedgerFixtures.firstPeriod(owner, book);
        chair.api().post(signOff(book, period)).then().statusCode(409).body("type", containsString("period-open"));
    }

    @Test
    void twoSignatoriesMakeTheClosedPeriodsReportFinalAndEachSignatureIsAudited() throws Exception {
        ReportBook fixture = new ReportBook();
        fixture.close();
        Actor chair = signatory(fixture.book, "Clara Chair", BookRole.MEMBER);
        Actor deputy = signatory(fixture.book, "Dora Deputy", BookRole.ADMIN);
        Actor auditor = Actors.member(fixture.book, BookRole.AUDITOR);

        // a treasurer who is not a signatory, a plain member, an auditor: 403; a stranger: 404
        fixture.treasurer.api().post(signOff(fixture.book, fixture.period)).then().statusCode(403);
        fixture.member.api().post(signOff(fixture.book, fixture.period)).then().statusCode(403);
        auditor.api().post(signOff(fixture.book, fixture.period)).then().statusCode(403);
        Actors.user().api().post(signOff(fixture.book, fixture.period)).then().statusCode(404);
        chair.api().post(signOff(fixture.book, UUID.randomUUID())).then().statusCode(404);

        chair.api().post(signOff(fixture.book, fixture.period)).then().statusCode(200)
            .body("draft", equalTo(true)).body("signOffs", hasSize(1))
            .body("signOffs[0].displayName", equalTo("Clara Chair"));
        chair.api().post(signOff(fixture.book, fixture.period)).then().statusCode(409)
            .body("type", containsString("already-signed"));
        fixture.member.api().queryParam("periodId", fixture.period.toString()).get(fixture.transparency()).then()
            .statusCode(200).body("draft", equalTo(true)).body("signOffs", hasSize(1));

        deputy.api().post(signOff(fixture.book, fixture.period)).then().statusCode(200)
            .body("draft", equalTo(false)).body("signOffs.displayName", equalTo(java.util.List.of("Clara Chair", "Dora Deputy")));
        fixture.member.api().queryParam("periodId", fixture.period.toString()).queryParam("fund", "OWN")
            .get(fixture.transparency()).then().statusCode(200)
            .body("draft", equalTo(false)).body("signOffs", hasSize(2)).body("closingBalance", equalTo("320.00"));

        auditor.api().queryParam("size", 100)
            .get(books(fixture.book, "/audit-log")).then().statusCode(200)
            .body("items.findAll { it.action == 'REPORT_SIGNED_OFF' }.actorId",
                equalTo(java.util.List.of(chair.id().toString(), deputy.id().toString())))
            .body("items.findAll { it.action == 'REPORT_SIGNED_OFF' }.entityId",
                equalTo(java.util.List.of(fixture.period.toString(), fixture.period.toString())));
        auditor.api().get(books(fixture.book, "/audit-log/verification")).then().statusCode(200).body("valid", equalTo(true));

        byte[] pdf = fixture.member.api().queryParam("periodId", fixture.period.toString())
            .queryParam("format", "pdf").queryParam("lang", "en")
            .get(fixture.transparency()).then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text, containsString("Clara Chair"));
            assertThat(text, containsString("Dora Deputy"));
            assertThat(text, not(containsString("DRAFT")));
        }
    }

    @Test
    void theNextPeriodOpensWithTheStoredClosingBalances() {
        ReportBook fixture = new ReportBook();
        fixture.close();
        String next = fixture.treasurer.api().get(books(fixture.book, "/periods")).then().statusCode(200)
            .extract().path("items.find { it.name == '2027' }.id");
        fixture.member.api().queryParam("periodId", next).get(fixture.transparency()).then().statusCode(200)
            .body("openingBalance", equalTo("8194.41")).body("totalIncome", equalTo("0.00"))
            .body("closingBalance", equalTo("8194.41"));
        fixture.member.api().queryParam("periodId", next).queryParam("fund", "OWN").get(fixture.transparency()).then()
            .statusCode(200).body("openingBalance", equalTo("320.00"));
    }
}
