package de.cet.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.testing.Actors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The demo instance: production and tests never create it on their own; asked to, the creator makes a
 * caucus year with every kind of entry a newcomer should see, through the real services, exactly once.
 * The test profile is not dev mode, so the demo is created here by calling the creator on the shared
 * test database (its users and books sit beside the other tests' ones, which never look for them).
 */
@QuarkusTest
class DemoInstanceTest {

    @Inject
    DemoInstance instance;

    @Inject
    DemoData demo;

    @Inject
    DataSource dataSource;

    @Test
    void productionAndTestsCreateNoDemoAtStart() throws Exception {
        long users = count("select count(*) from identity_user");
        long books = count("select count(*) from books_book");

        assertEquals(DemoInstance.Outcome.DISABLED, instance.atStart());

        assertEquals(users, count("select count(*) from identity_user"));
        assertEquals(books, count("select count(*) from books_book"));
        assertFalse(configFor("prod").getValue("cet.demo.enabled", Boolean.class), "prod: off unless CET_DEMO=true");
        assertFalse(configFor("test").getValue("cet.demo.enabled", Boolean.class));
        assertTrue(configFor("dev").getValue("cet.demo.enabled", Boolean.class), "dev mode: on");
    }

    @Test
    void anInstanceThatHasUsersGetsNoDemo() throws Exception {
        Actors.user();
        long books = count("select count(*) from books_book");

        assertEquals(DemoInstance.Outcome.NOT_EMPTY, instance.createIfEmpty());

        assertEquals(books, count("select count(*) from books_book"));
    }

    @Test
    void theDemoHasARealisticCaucusYearAndIsCreatedOnce() throws Exception {
        DemoData.Demo created = demo.create().orElseThrow();
        UUID book = created.caucusBookId();
        long transactions = count("select count(*) from ledger_transaction");

        assertEquals(Optional.empty(), demo.create(), "a second call creates nothing");
        assertEquals(transactions, count("select count(*) from ledger_transaction"));
        assertEquals(1, count("select count(*) from identity_user where email = 'admin@cet.localhost'"));

        assertEquals(1, count(book, "select count(*) from ledger_transaction where book_id = ? and reversal_of is not null"), "a reversal");
        assertEquals(1, count(book, "select count(*) from ledger_transaction where book_id = ? and reworked_into is not null "
            + "and status = 'REJECTED'"), "a rejected claim");
        assertEquals(1, count(book, "select count(*) from ledger_transaction where book_id = ? and rework_of is not null "
            + "and status = 'DRAFT'"), "reworked into a new draft");
        assertEquals(1, count(book, "select count(*) from ledger_transaction where book_id = ? and paid_by_member_id is not null "
            + "and status = 'BOOKED'"), "an advance paid by a member");
        assertEquals(1, count(book, "select count(*) from ledger_transaction where book_id = ? and reimburses_member_id is not null "
            + "and status = 'BOOKED'"), "its reimbursement");
        assertEquals(1, count(book, "select count(*) from ledger_transaction t join ledger_account a on a.id = t.to_account_id "
            + "where t.book_id = ? and t.type = 'TRANSFER' and a.type = 'CASH'"), "a transfer to the cash box");
        assertEquals(1, count(book, "select count(*) from ledger_transaction where book_id = ? and status = 'SUBMITTED'"),
            "an approval waiting");
        assertEquals(1, count(book, "select count(*) from ledger_inventory_item where book_id = ?"), "the EX-700 notebook");
        assertTrue(count(book, "select count(distinct c.official_code) from ledger_transaction t join ledger_category c "
            + "on c.id = t.category_id where t.book_id = ? and t.type = 'EXPENSE'") >= 10, "many official categories");
        assertTrue(count(book, "select count(distinct c.official_code) from ledger_transaction t join ledger_category c "
            + "on c.id = t.category_id where t.book_id = ? and c.official_code like 'IN-1%'") >= 3, "grants");
        assertTrue(count(book, "select count(*) from ledger_receipt where book_id = ? and content_type = 'application/pdf'") >= 10);
        assertTrue(count(book, "select count(*) from ledger_receipt where book_id = ? and content_type = 'image/png'") >= 3);
        assertEquals(0, count(book, "select count(*) from ledger_transaction t where t.book_id = ? and t.type = 'EXPENSE' "
            + "and t.status = 'BOOKED' and t.reimburses_member_id is null and t.reversal_of is null "
            + "and not exists (select 1 from ledger_transaction_receipt r where r.transaction_id = t.id)"), "every expense has its receipt");
        assertEquals(2, count(book, "select count(*) from books_membership where book_id = ? and signatory"), "two signatories");
        assertEquals(1, count(book, "select count(*) from ledger_period where book_id = ? and status = 'CLOSED'"), "last year closed");

        String token = given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", DemoData.ADMIN_EMAIL, "password", DemoData.PASSWORD)).post("/api/v1/auth/login")
            .then().statusCode(200).extract().path("accessToken");
        given().header("Authorization", "Bearer " + token).get("/api/v1/books").then().statusCode(200)
            .body("items.id", hasItems(book.toString(), created.householdBookId().toString()));
        given().header("Authorization", "Bearer " + token).get("/api/v1/books/" + book + "/audit-log/verification")
            .then().statusCode(200).body("valid", equalTo(true));
        for (String email : new String[] {DemoData.TREASURER_EMAIL, DemoData.MEMBER_EMAIL}) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
                .body(Map.of("email", email, "password", DemoData.PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(200);
        }
        de.cet.exporting.api.DemoExportChecks.theDemoYearExportsAndParsesBackWithEveryBookedAmount(book, dataSource);
        de.cet.exporting.api.DemoExportChecks.theDemoPublicPageShowsItsSignedReport();
    }

    static SmallRyeConfig configFor(String profile) throws Exception {
        // only the application's own file: no environment variable (CET_DEMO) may decide the answer here
        return new SmallRyeConfigBuilder().withProfile(profile).addDefaultInterceptors()
            .withSources(new PropertiesConfigSource(DemoInstanceTest.class.getClassLoader().getResource("application.properties")))
            .build();
    }

    long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long count(UUID book, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, book);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
