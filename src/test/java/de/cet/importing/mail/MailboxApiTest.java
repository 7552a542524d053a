package de.cet.importing.mail;

import static de.cet.ledger.api.LedgerFixtures.books;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.cet.importing.api.ImportFixtures;
import de.cet.importing.application.MailPoller;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IMAP mailboxes against GreenMail's IMAP server: bank alerts become bank lines and forwarded receipts
 * receipts, each mail once (a second poll with the stored state, two pollers at once, a new UIDVALIDITY),
 * who may configure them, bad input, and the password in no answer and no log line.
 */
@QuarkusTest
class MailboxApiTest {

    static GreenMail imap;
    static final String PASSWORD = "imap-Secret-" + UUID.randomUUID();

    @Inject
    MailPoller poller;

    Actor admin;
    Actor treasurer;
    UUID book;
    UUID bank;
    GreenMailUser user;
    String login;

    @BeforeAll
    static void start() {
        imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
        imap.start();
    }

    @AfterAll
    static void stop() {
        imap.stop();
    }

    @BeforeEach
    void setUp() {
        admin = Actors.instanceAdmin();
        treasurer = Actors.user("Tina Treasurer");
        book = LedgerFixtures.caucusBook(treasurer, 2026);
        bank = LedgerFixtures.bankAccount(treasurer, book, "100.00", "2026-01-01");
        login = "alerts-" + UUID.randomUUID();
        user = imap.setUser(login + "@example.org", login, PASSWORD);
    }

    int port() {
        return imap.getImap().getPort();
    }

    Map<String, Object> body(String purpose, String folder, UUID account) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", "Kasse " + purpose);
        b.put("host", "127.0.0.1");
        b.put("port", port());
        b.put("tls", false);
        b.put("username", login);
        b.put("password", PASSWORD);
        b.put("folder", folder);
        b.put("bookId", book.toString());
        if (account != null) {
            b.put("accountId", account.toString());
        }
        b.put("purpose", purpose);
        return b;
    }

    ValidatableResponse create(Actor who, Map<String, Object> b) {
        return who.api().body(b).post("/api/v1/admin/mailboxes").then();
    }

    UUID mailbox(Map<String, Object> b) {
        String id = create(admin, b).statusCode(201).body("password", nullValue()).body("passwordSet", equalTo(true))
            .extract().path("id");
        return UUID.fromString(id);
    }

    List<Map<String, Object>> mails(UUID mailbox) {
        return admin.api().get("/api/v1/admin/mailboxes/" + mailbox + "/mails").then().statusCode(200).extract().jsonPath()
            .getList("$");
    }

    MailFolder folder(String name) throws Exception {
        return imap.getManagers().getImapHostManager().createMailbox(user, name);
    }

    static MimeMessage mail(String id, String from, String subject, String text, Map<String, byte[]> attachments) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", "<" + id + "@bank.example>");
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("kasse@example.org"));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new Date());
        if (attachments.isEmpty()) {
            m.setText(text, "UTF-8");
        } else {
            MimeMultipart mp = new MimeMultipart();
            MimeBodyPart t = new MimeBodyPart();
            t.setText(text, "UTF-8");
            mp.addBodyPart(t);
            for (var a : attachments.entrySet()) {
                MimeBodyPart p = new MimeBodyPart();
                p.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(a.getValue(), "application/octet-stream")));
                p.setFileName(a.getKey());
                p.setDisposition(MimeBodyPart.ATTACHMENT);
                mp.addBodyPart(p);
            }
            m.setContent(mp);
        }
        m.saveChanges();
        return m;
    }

    static MimeMessage sparkasse(String id, String amount, String party) throws Exception {
        return mail(id, "kontowecker@sparkasse.example", "Kontowecker: neuer Umsatz", """
            Guten Tag,
            auf Ihrem Konto gab es einen neuen Umsatz.
            Betrag: %s EUR
            Buchungstag: 12.01.2026
            Empfänger/Auftraggeber: %s
            Verwendungszweck: Miete Januar Büro
            Ihre Sparkasse
            """.formatted(amount, party), Map.of());
    }

    static MimeMessage dkb(String id) throws Exception {
        return mail(id, "info@dkb.example", "DKB Umsatzbenachrichtigung", """
            Neue Buchung auf Ihrem Konto
            Umsatz: 1.234,50 EUR Gutschrift
            Datum: 14.01.2026
            Von/An: Landesverband
            Zweck: Zuschuss 2026
            """, Map.of());
    }

    @Test
    void bankAlertsBecomeBankLinesOnceAcrossPollsConcurrentPollersAndANewUidValidity() throws Exception {
        String name = "Alerts";
        MailFolder f = folder(name);
        f.appendMessage(sparkasse("s1", "-450,00", "Immobilien Meier"), new jakarta.mail.Flags(), new Date());
        f.appendMessage(dkb("d1"), new jakarta.mail.Flags(), new Date());
        f.appendMessage(mail("n1", "news@verein.example", "Rundbrief", "Kein Umsatz", Map.of()), new jakarta.mail.Flags(), new Date());
        UUID box = mailbox(body("BANK_ALERTS", name, bank));

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<MailPoller.PollResult>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(two.submit(() -> poller.poll(box)));
            }
            int handled = 0;
            for (var r : runs) {
                handled += r.get().mails();
            }
            assertEquals(3, handled, "the three mails are handled once between the two pollers");
        } finally {
            two.shutdown();
        }
        // a poll after a restart reads the stored state: nothing again
        assertEquals(0, poller.poll(box).mails());

        List<Map<String, Object>> lines = ImportFixtures.lines(treasurer, book, null);
        assertEquals(2, lines.size());
        Map<String, Object> rent = lines.stream().filter(l -> "-450.00".equals(l.get("amount"))).findFirst().orElseThrow();
        assertEquals("Immobilien Meier", rent.get("counterparty"));
        assertEquals("2026-01-12", rent.get("bookingDate"));
        assertTrue(lines.stream().anyMatch(l -> "1234.50".equals(l.get("amount")) && "Landesverband".equals(l.get("counterparty"))));
        List<Map<String, Object>> recorded = mails(box);
        assertEquals(3, recorded.size());
        assertEquals(2, recorded.stream().filter(m -> "BANK_LINES".equals(m.get("outcome"))).count());
        assertTrue(recorded.stream().anyMatch(m -> "NOTHING".equals(m.get("outcome"))
            && String.valueOf(m.get("reason")).contains("no bank alert template")));

        // the server rebuilds the folder: a new UIDVALIDITY, UIDs from 1 again
        imap.getManagers().getImapHostManager().deleteMailbox(user, name);
        Thread.sleep(1100); // GreenMail's UIDVALIDITY is the creation second
        MailFolder again = folder(name);
        again.appendMessage(sparkasse("s1", "-450,00", "Immobilien Meier"), new jakarta.mail.Flags(), new Date());
        again.appendMessage(dkb("d1"), new jakarta.mail.Flags(), new Date());
        again.appendMessage(sparkasse("s2", "-19,99", "Kopierladen"), new jakarta.mail.Flags(), new Date());
        assertEquals(3, poller.poll(box).mails());
        assertEquals(3, ImportFixtures.lines(treasurer, book, null).size(), "only the new alert became a line");
        recorded = mails(box);
        assertEquals(6, recorded.size());
        assertEquals(2, recorded.stream().filter(m -> "KNOWN".equals(m.get("outcome"))).count());
        admin.api().get("/api/v1/admin/mailboxes/" + box).then().statusCode(200).body("lastPollResult", equalTo("OK"))
            .body("lastPollMails", equalTo(3));
    }

    @Test
    void aForwardedPdfBecomesAReceiptOtherAttachmentsAndPlainMailsAreRecorded() throws Exception {
        MailFolder inbox = imap.getManagers().getImapHostManager().getInbox(user);
        byte[] pdf = LedgerFixtures.pdf("Rechnung " + UUID.randomUUID());
        inbox.appendMessage(mail("r1", "tina@example.org", "Fwd: Rechnung Druckerei",
            "Bitte ablegen", Map.of("rechnung.pdf", pdf, "tool.exe", new byte[] {'M', 'Z', 1, 2})),
            new jakarta.mail.Flags(), new Date());
        inbox.appendMessage(mail("r2", "tina@example.org", "Nur Text", "ohne Anhang", Map.of()), new jakarta.mail.Flags(), new Date());
        UUID box = mailbox(body("RECEIPTS", "INBOX", null));

        admin.api().post("/api/v1/admin/mailboxes/" + box + "/poll").then().statusCode(200)
            .body("lastPollResult", equalTo("OK")).body("lastPollMails", equalTo(2));
        List<Map<String, Object>> recorded = mails(box);
        Map<String, Object> forwarded = recorded.stream().filter(m -> "RECEIPTS".equals(m.get("outcome"))).findFirst().orElseThrow();
        assertEquals("tina@example.org", forwarded.get("sender"));
        assertEquals("Fwd: Rechnung Druckerei", forwarded.get("subject"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts = (List<Map<String, Object>>) forwarded.get("attachments");
        assertEquals(2, parts.size());
        Map<String, Object> receiptPart = parts.stream().filter(p -> p.get("receiptId") != null).findFirst().orElseThrow();
        assertEquals("rechnung.pdf", receiptPart.get("fileName"));
        assertTrue(parts.stream().anyMatch(p -> "tool.exe".equals(p.get("fileName"))
            && String.valueOf(p.get("ignored")).contains("not a PDF")));
        treasurer.api().get(books(book, "/receipts/" + receiptPart.get("receiptId"))).then().statusCode(200)
            .body("fileName", equalTo("rechnung.pdf")).body("contentType", equalTo("application/pdf"));
        assertTrue(recorded.stream().anyMatch(m -> "NOTHING".equals(m.get("outcome")) && "no attachment".equals(m.get("reason"))));
        admin.api().post("/api/v1/admin/mailboxes/" + box + "/poll").then().statusCode(200).body("lastPollMails", equalTo(0));
    }

    @Test
    void onlyInstanceAdminsConfigureMailboxesAndBadInputIsAProblem() {
        create(treasurer, body("RECEIPTS", "INBOX", null)).statusCode(403);
        treasurer.api().get("/api/v1/admin/mailboxes").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/admin/mailboxes").then().statusCode(401);

        Map<String, Object> bad = body("SOMETHING", "INBOX", null);
        bad.remove("host");
        bad.put("port", 70000);
        create(admin, bad).statusCode(400).body("errors.field", hasItems("host", "port", "purpose"))
            .body(not(containsString(PASSWORD)));
        create(admin, body("BANK_ALERTS", "INBOX", null)).statusCode(400).body("errors.field", hasItems("accountId"));
        UUID cash = LedgerFixtures.cashAccount(treasurer, book, "0.00", "2026-01-01");
        create(admin, body("BANK_ALERTS", "INBOX", cash)).statusCode(400).body("errors.field", hasItems("accountId"));
        Map<String, Object> noPassword = body("RECEIPTS", "INBOX", null);
        noPassword.remove("password");
        create(admin, noPassword).statusCode(400).body("errors.field", hasItems("password"));
        Map<String, Object> unknownBook = body("RECEIPTS", "INBOX", null);
        unknownBook.put("bookId", UUID.randomUUID().toString());
        create(admin, unknownBook).statusCode(400).body("errors.field", hasItems("bookId"));
        Map<String, Object> badTemplate = body("BANK_ALERTS", "INBOX", bank);
        badTemplate.put("bankTemplate", "POSTBANK");
        create(admin, badTemplate).statusCode(400).body("errors.field", hasItems("bankTemplate"));

        UUID box = mailbox(body("RECEIPTS", "INBOX", null));
        admin.api().body(Map.of("folder", "Belege")).patch("/api/v1/admin/mailboxes/" + box).then().statusCode(400);
        admin.api().body(Map.of("folder", "Belege", "version", 7)).patch("/api/v1/admin/mailboxes/" + box).then().statusCode(409);
        admin.api().body(Map.of("folder", "Belege", "version", 0, "password", "")).patch("/api/v1/admin/mailboxes/" + box).then()
            .statusCode(200).body("folder", equalTo("Belege")).body("passwordSet", equalTo(true)).body("version", equalTo(1));
        treasurer.api().delete("/api/v1/admin/mailboxes/" + box).then().statusCode(403);
        admin.api().delete("/api/v1/admin/mailboxes/" + box).then().statusCode(204);
        admin.api().delete("/api/v1/admin/mailboxes/" + box).then().statusCode(404);
        admin.api().get("/api/v1/admin/mailboxes/" + box).then().statusCode(404);
    }

    @Test
    void thePasswordIsInNoAnswerAndNoLogLineEvenWhenTheServerRefuses() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord ext = ExtLogRecord.wrap(record);
                StringWriter thrown = new StringWriter();
                if (ext.getThrown() != null) {
                    ext.getThrown().printStackTrace(new PrintWriter(thrown));
                }
                lines.add(ext.getLoggerName() + " " + ext.getFormattedMessage() + " " + thrown);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        org.jboss.logmanager.Logger root = org.jboss.logmanager.Logger.getLogger("");
        root.addHandler(capture);
        try {
            Map<String, Object> wrongLogin = body("RECEIPTS", "INBOX", null);
            wrongLogin.put("username", "nobody-" + UUID.randomUUID());
            UUID refusedLogin = mailbox(wrongLogin);
            String answer = admin.api().post("/api/v1/admin/mailboxes/" + refusedLogin + "/poll").then().statusCode(200)
                .body("lastPollResult", equalTo("FAILED")).body("lastPollError", containsString("refused the user name or password"))
                .extract().asString();
            assertFalse(answer.contains(PASSWORD));

            Map<String, Object> closedPort = body("RECEIPTS", "INBOX", null);
            closedPort.put("port", 1);
            UUID refused = mailbox(closedPort);
            answer = admin.api().post("/api/v1/admin/mailboxes/" + refused + "/poll").then().statusCode(200)
                .body("lastPollResult", equalTo("FAILED")).body("lastPollError", containsString("was refused")).extract().asString();
            assertFalse(answer.contains(PASSWORD));
            assertFalse(admin.api().get("/api/v1/admin/mailboxes").then().statusCode(200).extract().asString().contains(PASSWORD));
            assertFalse(lines.isEmpty(), "the failed polls are logged");
            assertTrue(lines.stream().anyMatch(l -> l.contains("poll failed")));
            assertTrue(lines.stream().noneMatch(l -> l.contains(PASSWORD)), "no log line carries the password");
        } finally {
            root.removeHandler(capture);
        }
    }
}
