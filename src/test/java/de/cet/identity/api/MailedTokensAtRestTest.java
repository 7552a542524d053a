package de.cet.identity.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.identity.application.InvitationService;
import de.cet.identity.application.PasswordResetMails;
import de.cet.shared.mail.OutboxSender;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.SmtpSink;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No mailed token is readable anywhere in the database (issue 12): not in a mail waiting for delivery,
 * not in one that was sent. Searches every column of every table of the application schema.
 */
@QuarkusTest
class MailedTokensAtRestTest {

    @Inject
    OutboxSender sender;

    @Inject
    PasswordResetMails resetMails;

    @Inject
    InvitationService invitations;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void sink() {
        SmtpSink.start();
    }

    /**
     * Every table (of the application schema, as information_schema lists it) one of whose rows holds
     * {@code needle} in any column: in its text form, or as bytes in a bytea column (whose text form is
     * the hex of the bytes).
     */
    private List<String> tablesContaining(String needle) throws Exception {
        List<String> hits = new ArrayList<>();
        String hex = HexFormat.of().formatHex(needle.getBytes(StandardCharsets.UTF_8));
        try (Connection c = dataSource.getConnection()) {
            Map<String, Integer> tables = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select table_name, count(*) from information_schema.columns
                    where table_schema = current_schema() group by table_name order by table_name""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.put(rs.getString(1), rs.getInt(2));
                }
            }
            assertTrue(tables.containsKey("outbox_mail") && tables.containsKey("identity_one_time_token")
                && tables.size() > 15, "the search sees the schema: " + tables.keySet());
            for (String table : tables.keySet()) {
                // The row's text form is every column's text output; one scan per table.
                try (PreparedStatement ps = c.prepareStatement("select count(*) from \"" + table + "\" r "
                        + "where position(? in r::text) > 0 or position(? in r::text) > 0")) {
                    ps.setString(1, needle);
                    ps.setString(2, hex);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            hits.add(table);
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static String tokenMailedTo(String address) {
        var mails = SmtpSink.messagesTo(address).stream().map(SmtpSink::body).filter(b -> b.contains("token=")).toList();
        assertEquals(1, mails.size(), "one token mail to " + address);
        String body = mails.get(0);
        assertFalse(body.contains("[[cet-"), "the placeholder never reaches the recipient: " + body);
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(body);
        assertTrue(m.find(), body);
        String token = m.group(1);
        assertTrue(body.lines().anyMatch(l -> l.strip().equals(token)), "the code on a line of its own too");
        return token;
    }

    @Test
    void noTokenOfAnyMailIsStoredInAnyColumnBeforeOrAfterDelivery() throws Exception {
        Actor admin = Actors.user("Erika Admin");
        UUID book = Actors.book(admin, "Fraktion Blau", "CAUCUS");
        String invitee = "invitee-" + UUID.randomUUID() + "@example.org";
        admin.api().body(Map.of("email", invitee, "role", "MEMBER")).post("/api/v1/books/" + book + "/invitations")
            .then().statusCode(201);

        String root = "root-" + UUID.randomUUID() + "@example.org";
        String bootstrapToken = QuarkusTransaction.requiringNew().call(() ->
            invitations.inviteInstanceAdministrator(root, "en"));

        Actor alice = Actors.user();
        String newEmail = "new-" + UUID.randomUUID() + "@example.org";
        alice.api().body(Map.of("newEmail", newEmail, "currentPassword", Actors.PASSWORD))
            .post("/api/v1/me/email").then().statusCode(202);

        Actor bob = Actors.user();
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", bob.email())).post("/api/v1/auth/password-reset").then().statusCode(202);
        resetMails.processDue();

        // Queued, not yet sent: the outbox row exists, the token is nowhere.
        assertEquals(List.of(), tablesContaining(bootstrapToken), "a pending mail's token");
        assertTrue(tablesContaining(root).contains("outbox_mail"), "the search finds what is there");

        sender.deliverDue();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("invitation", tokenMailedTo(invitee));
        tokens.put("bootstrap invitation", tokenMailedTo(root));
        tokens.put("email verification", tokenMailedTo(newEmail));
        tokens.put("password reset", tokenMailedTo(bob.email()));
        assertEquals(bootstrapToken, tokens.get("bootstrap invitation"));
        assertEquals(4, tokens.values().stream().distinct().count());

        for (var e : tokens.entrySet()) {
            assertEquals(List.of(), tablesContaining(e.getValue()), "the " + e.getKey() + " token at rest");
        }
        long sealedLeft;
        try (Connection c = dataSource.getConnection(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from outbox_mail where status <> 'PENDING' "
                 + "and secret_sealed is not null")) {
            rs.next();
            sealedLeft = rs.getLong(1);
        }
        assertEquals(0, sealedLeft, "no sealed token outlives its mail");

        // The mailed tokens work: they were put into the mails at delivery.
        given().get("/api/v1/invitations/" + tokens.get("invitation")).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("token", tokens.get("email verification")))
            .post("/api/v1/auth/email-verification/confirm").then().statusCode(204);
        given().contentType(ContentType.JSON)
            .body(Map.of("token", tokens.get("password reset"), "newPassword", "harbor violet quantum spruce 63"))
            .post("/api/v1/auth/password-reset/confirm").then().statusCode(204);

        // The instance-administrator invitation must not stay open in the shared test database.
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update identity_invitation set revoked_at = now() where email = ?")) {
            ps.setString(1, root);
            ps.executeUpdate();
        }
    }
}
