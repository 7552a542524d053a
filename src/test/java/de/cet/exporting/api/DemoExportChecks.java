package de.cet.exporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.demo.DemoData;
import de.cet.exporting.DatevFile;
import de.cet.testing.Actors;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The demo caucus year (what a newcomer sees in dev mode): its closed year exports to DATEV and parses back
 * with every booked amount, and its public page shows the signed report. The demo exists once per database,
 * so {@code DemoInstanceTest}, which creates it, calls these checks.
 */
public final class DemoExportChecks {

    private DemoExportChecks() {
    }

    public static void theDemoYearExportsAndParsesBackWithEveryBookedAmount(UUID book, DataSource dataSource) throws Exception {
        String token = given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", DemoData.TREASURER_EMAIL, "password", DemoData.PASSWORD)).post("/api/v1/auth/login")
            .then().statusCode(200).extract().path("accessToken");
        List<Map<String, Object>> periods = given().auth().oauth2(token).get("/api/v1/books/" + book + "/periods")
            .then().statusCode(200).extract().path("items");
        Map<String, Object> closed = periods.stream().filter(p -> "CLOSED".equals(p.get("status"))).findFirst().orElseThrow();
        byte[] bytes = given().auth().oauth2(token).get("/api/v1/books/" + book + "/exports/datev?periodId=" + closed.get("id"))
            .then().statusCode(200).extract().asByteArray();
        DatevFile file = DatevFile.parse(bytes);

        List<String> expected = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select amount, reversal_of is not null from ledger_transaction
                where book_id = ? and status = 'BOOKED' and date between ? and ? order by date, booked_at, id""")) {
            s.setObject(1, book);
            s.setObject(2, java.time.LocalDate.parse((String) closed.get("startDate")));
            s.setObject(3, java.time.LocalDate.parse((String) closed.get("endDate")));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    expected.add(r.getBigDecimal(1).setScale(2).toPlainString().replace('.', ',') + (r.getBoolean(2) ? " H" : " S"));
                }
            }
        }
        assertTrue(expected.size() > 20, "a realistic year: " + expected.size());
        assertEquals(expected, file.rows().stream()
            .map(r -> r.get("Umsatz (ohne Soll/Haben-Kz)") + " " + r.get("Soll/Haben-Kennzeichen")).toList());
        for (DatevFile.Row row : file.rows()) {
            assertTrue(row.get("Konto").matches("[0-9]{4}") && row.get("Gegenkonto (ohne BU-Schlüssel)").matches("[0-9]{4}"));
            assertTrue(!row.get("Konto").equals(row.get("Gegenkonto (ohne BU-Schlüssel)")), "an account is never its own contra");
        }
        BigDecimal total = file.rows().stream().map(r -> new BigDecimal(r.get("Umsatz (ohne Soll/Haben-Kz)").replace(',', '.')))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(total.signum() > 0);
    }

    public static void theDemoPublicPageShowsItsSignedReport() {
        given().accept(ContentType.JSON).get("/api/v1/public/books/" + DemoData.PUBLIC_SLUG + "/transparency")
            .then().statusCode(200)
            .body("reports", hasSize(1))
            .body("reports[0].fund", equalTo("PUBLIC"))
            .body("reports[0].signOffs", hasSize(2));
        String html = given().get("/api/v1/public/books/" + DemoData.PUBLIC_SLUG).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Alex Vorsitz") && html.contains("Tereza Kasse"), "the two signatories");
        assertTrue(!html.contains("Milan Mitglied"), "no other member");
    }
}
