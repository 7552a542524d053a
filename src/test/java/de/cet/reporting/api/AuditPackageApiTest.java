package de.cet.reporting.api;

import de.cet.books.domain.BookRole;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.reporting.api.TransparencyReportApiTest.contains;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The audit package through the API: who may download it and what it holds for {@link ReportBook}. */
@QuarkusTest
class AuditPackageApiTest {

    private static ReportBook fixture;

    @BeforeEach
    void book() {
        if (fixture == null) {
            fixture = new ReportBook();
        }
    }

    private String auditPackage() {
        return books(fixture.book, "/reports/audit-package");
    }

    @Test
    void auditorDownloadsTheZipWithEntriesReceiptsHistoryAndAVerifiedAuditLog() throws Exception {
        Actor auditor = Actors.member(fixture.book, BookRole.AUDITOR);
        byte[] zip = auditor.api().queryParam("periodId", fixture.period.toString()).get(auditPackage()).then()
            .statusCode(200).contentType("application/zip")
            .header("Content-Disposition", startsWith("attachment; filename=\"pruefpaket-2026.zip\""))
            .extract().asByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(files.keySet(), hasItem("buchungen.csv"));
        assertThat(files.keySet(), hasItem("transparenzbericht.pdf"));
        assertThat(files.keySet(), hasItem("transparenzbericht-eigenmittel.pdf"));
        assertThat(files.keySet(), hasItem("audit-log-verification.json"));
        assertThat(files.keySet().stream().anyMatch(n -> n.startsWith("belege/2026-0001")), equalTo(true));
        String receipt = files.entrySet().stream().filter(e -> e.getKey().startsWith("belege/2026-0001"))
            .findFirst().orElseThrow().getValue();
        assertThat(receipt, startsWith("%PDF-1.4\n% rent"));
        contains(new String(files.get("buchungen.csv").getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
            "'=HYPERLINK", "12000,00", "2026-0001");
        contains(files.get("audit-log-verification.json"), "true");
        assertThat(files.get("audit-log.csv").isEmpty(), equalTo(false));
        assertThat(files.get("historie.csv").isEmpty(), equalTo(false));
        assertThat(files.keySet(), hasItem("SHA256SUMS"));
    }

    @Test
    void treasurerDownloadsMemberGets403NonMember404AndAPeriodOfAnotherBook404() {
        fixture.treasurer.api().queryParam("periodId", fixture.period.toString()).get(auditPackage()).then()
            .statusCode(200).contentType("application/zip");
        fixture.member.api().queryParam("periodId", fixture.period.toString()).get(auditPackage()).then()
            .statusCode(403);
        Actors.user().api().queryParam("periodId", fixture.period.toString()).get(auditPackage()).then()
            .statusCode(404);
        Actor other = Actors.user();
        UUID otherPeriod = LedgerFixtures.firstPeriod(other, LedgerFixtures.caucusBook(other, 2026));
        fixture.treasurer.api().queryParam("periodId", otherPeriod.toString()).get(auditPackage()).then()
            .statusCode(404);
        fixture.treasurer.api().get(auditPackage()).then().statusCode(400);
    }
}
