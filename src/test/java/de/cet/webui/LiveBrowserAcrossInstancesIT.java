package de.cet.webui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.cet.demo.DemoData;
import de.cet.testing.PackagedApp;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's "done when" across two packaged instances on one database: the demo member's browser is signed
 * in on instance b with the ledger open; the treasurer approves the member's claim through the API of
 * instance a; without a reload the browser shows the entry as approved, the bell's count one higher and the
 * inbox entry (the first test of e2e/notifications.test.mjs, told to approve on the other instance), and the
 * member gets the mail in German, their language, from the SMTP server both instances send to.
 */
class LiveBrowserAcrossInstancesIT {

    private static GreenMail smtp;
    private static PackagedApp a;
    private static PackagedApp b;

    @BeforeAll
    static void startTwoInstancesAndAMailServer() {
        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        PackagedApp.Site site = PackagedApp.Site.fresh("live_browser").with("CET_DEMO", "true")
            .with("QUARKUS_MAILER_PORT", String.valueOf(smtpPort));
        a = site.start("a");
        b = site.start("b");
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aClaimApprovedOnInstanceAUpdatesTheMembersOpenBrowserOnInstanceBAndIsMailedInGerman() throws Exception {
        assertTrue(Files.isExecutable(Path.of(WebAppBrowserTest.chromium())), "Chromium is missing: apt-get install -y chromium");
        WebAppNode.ensureInstalled();
        String admin = token(a, DemoData.ADMIN_EMAIL);
        String member = token(b, DemoData.MEMBER_EMAIL);
        Map<String, Object> me = given().baseUri(b.baseUrl()).auth().oauth2(member).get("/api/v1/me")
            .then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals("de", me.get("locale"), "the demo member speaks German");
        @SuppressWarnings("unchecked")
        String book = (String) ((List<Map<String, Object>>) me.get("memberships")).get(0).get("bookId");
        // Claims wait for the treasurer's approval; no receipt asked, so the browser test's claim is complete.
        Number version = given().baseUri(a.baseUrl()).auth().oauth2(admin).get("/api/v1/books/" + book)
            .then().statusCode(200).extract().path("version");
        given().baseUri(a.baseUrl()).auth().oauth2(admin).contentType(ContentType.JSON)
            .body(Map.of("requireApproval", true, "requireReceipt", false, "version", version.longValue()))
            .patch("/api/v1/books/" + book).then().log().ifValidationFails().statusCode(200);
        String account = given().baseUri(a.baseUrl()).auth().oauth2(admin).get("/api/v1/books/" + book + "/accounts")
            .then().statusCode(200).extract().path("items[0].id");
        List<Map<String, Object>> categories = given().baseUri(a.baseUrl()).auth().oauth2(admin)
            .get("/api/v1/books/" + book + "/categories").then().statusCode(200).extract().path("items");
        String office = categories.stream().filter(c -> "EX-300".equals(c.get("officialCode")))
            .map(c -> (String) c.get("id")).findFirst().orElseThrow();

        Map<String, String> env = new HashMap<>();
        env.put("CET_E2E_BASE_URL", b.baseUrl());
        env.put("CET_E2E_NOTIFY_APPROVER_BASE_URL", a.baseUrl());
        env.put("CET_E2E_CHROMIUM", WebAppBrowserTest.chromium());
        env.put("CET_E2E_SCREENSHOTS", Path.of("target/e2e-screenshots/across-instances").toAbsolutePath().toString());
        env.put("CET_E2E_PASSWORD", DemoData.PASSWORD);
        env.put("CET_E2E_NOTIFY_BOOK_ID", book);
        env.put("CET_E2E_NOTIFY_ACCOUNT_ID", account);
        env.put("CET_E2E_NOTIFY_CATEGORY_ID", office);
        env.put("CET_E2E_NOTIFY_DATE", LocalDate.now().toString());
        env.put("CET_E2E_NOTIFY_MEMBER_EMAIL", DemoData.MEMBER_EMAIL);
        env.put("CET_E2E_NOTIFY_MEMBER_ID", (String) me.get("id"));
        env.put("CET_E2E_NOTIFY_TREASURER_EMAIL", DemoData.TREASURER_EMAIL);
        WebAppNode.Result r = WebAppNode.run(List.of("node", "--test", "--test-reporter=spec",
            "--test-name-pattern=a claim approved by the treasurer", "e2e/notifications.test.mjs"), env, 180);
        System.out.println(r.output());
        assertEquals(0, r.exitCode(), "the browser on instance b saw the approval made on instance a:\n" + r.output()
            + "\n--- instance a ---\n" + a.output() + "\n--- instance b ---\n" + b.output());
        assertTrue(r.output().contains("pass 1"), "the one test ran: " + r.output());

        MimeMessage mail = awaitMail(DemoData.MEMBER_EMAIL, "Ihre Auslage wurde freigegeben (23.40 EUR)", Duration.ofSeconds(20));
        String body = mail.getContent().toString();
        assertTrue(body.contains("wurde freigegeben: Porto Live"), "German text naming the claim: " + body);
    }

    private static String token(PackagedApp app, String email) {
        return given().baseUri(app.baseUrl()).contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", DemoData.PASSWORD))
            .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    /** Waits for the outbox of either instance to hand the mail to the SMTP server. */
    private static MimeMessage awaitMail(String to, String subject, Duration within) throws Exception {
        long until = System.nanoTime() + within.toNanos();
        while (true) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (subject.equals(m.getSubject())
                    && Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(to))) {
                    return m;
                }
            }
            if (System.nanoTime() > until) {
                List<String> seen = Arrays.stream(smtp.getReceivedMessages()).map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        return "?";
                    }
                }).toList();
                throw new AssertionError("no mail '" + subject + "' to " + to + " within " + within + "; received: " + seen);
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
