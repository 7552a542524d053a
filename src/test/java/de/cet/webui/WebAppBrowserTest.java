package de.cet.webui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.identity.application.Totp;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.identity.application.PasswordResetMails;
import de.cet.shared.mail.OutboxSender;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import de.cet.testing.SmtpSink;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web app in a real browser (Debian's Chromium through playwright-core) against this running
 * application and PostgreSQL: the tests in src/main/webui/e2e run with node's test runner, with people,
 * books and mailed links prepared here through the API and the SMTP sink. Screenshots at 360 and
 * 1280 px land in target/e2e-screenshots/.
 */
@QuarkusTest
class WebAppBrowserTest {

    static final String NEW_PASSWORD = "amber cactus lighthouse violin 62";

    @TestHTTPResource("/")
    URL base;

    @Inject
    OutboxSender sender;

    @Inject
    PasswordResetMails resetMails;

    private volatile boolean browserTestsDone;

    @Test
    void theBrowserTestsPass() throws Exception {
        assertTrue(Files.isExecutable(Path.of(chromium())),
            "Chromium is missing at " + chromium() + ": apt-get install -y chromium (.ci/run does it)");
        WebAppNode.ensureInstalled();
        SmtpSink.start();

        Actor admin = Actors.user("Erika Schatz");
        german(admin);
        int year = LocalDate.now().getYear();
        UUID book = book(admin, "Fraktion Grün Musterstadt", "CAUCUS", year);
        LedgerFixtures.account(admin, book, Map.of("name", "Girokonto", "type", "BANK", "fund", "PUBLIC",
            "iban", LedgerFixtures.IBAN, "openingBalance", "1234.56", "openingDate", year + "-01-01"));
        LedgerFixtures.account(admin, book, Map.of("name", "Handkasse", "type", "CASH", "fund", "OWN",
            "openingBalance", "80.00", "openingDate", year + "-01-01"));
        UUID emptyBook = book(admin, "Haushalt Schatz", "HOUSEHOLD", year);

        Actor stranger = Actors.user("Stefan Fremd");
        UUID strangerBook = Actors.book(stranger);

        String invitee = address("invitee");
        String invitePath = invite(admin, book, invitee, "MEMBER");
        String weakInvitePath = invite(admin, book, address("weak"), "MEMBER");
        Actor existing = Actors.user("Ernst Bestand");
        String secondInvitePath = invite(admin, book, existing.email(), "AUDITOR");

        String resetEmail = address("reset");
        Actors.registeredUser(resetEmail, "Rita Reset", false);
        Map<String, Object> resetTokens = Actors.login(resetEmail, Actors.PASSWORD);
        german(new Actor(null, resetEmail, "Rita Reset", (String) resetTokens.get("accessToken"), null));
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", resetEmail)).post("/api/v1/auth/password-reset").then().statusCode(202);
        resetMails.processDue(); // the request only stored a row; the worker writes the mail
        sender.deliverDue();
        String resetPath = linkPath(resetEmail, "/reset-password");

        Actor changer = Actors.user("Clara Wechsel");
        String newAddress = address("changed");
        changer.api().body(Map.of("newEmail", newAddress, "currentPassword", Actors.PASSWORD))
            .post("/api/v1/me/email").then().statusCode(202);
        sender.deliverDue();
        String verifyPath = linkPath(newAddress, "/verify-email");

        // An account with TOTP: the browser signs in once with a code from the app, once with a recovery code.
        Actor mfa = Actors.user("Moritz Zweifaktor");
        german(mfa);
        String secret = mfa.api().post("/api/v1/me/mfa/totp").then().statusCode(200).extract().path("secret");
        List<String> recoveryCodes = mfa.api().body(Map.of("code", Totp.code(secret, Instant.now())))
            .post("/api/v1/me/mfa/totp/confirm").then().statusCode(200).extract().path("recoveryCodes");

        String loginFailureTitle = given().contentType(ContentType.JSON).header("X-Forwarded-For", Actors.randomIp())
            .body(Map.of("email", "nobody@example.org", "password", "wrong wrong wrong"))
            .post("/api/v1/auth/login").then().statusCode(401).extract().path("title");

        Map<String, String> env = new HashMap<>();
        env.put("CET_E2E_BASE_URL", base.toString());
        env.put("CET_E2E_CHROMIUM", chromium());
        env.put("CET_E2E_SCREENSHOTS", Path.of("target/e2e-screenshots").toAbsolutePath().toString());
        env.put("CET_E2E_ADMIN_EMAIL", admin.email());
        env.put("CET_E2E_PASSWORD", Actors.PASSWORD);
        env.put("CET_E2E_NEW_PASSWORD", NEW_PASSWORD);
        env.put("CET_E2E_LOGIN_FAILURE_TITLE", loginFailureTitle);
        env.put("CET_E2E_BOOK_ID", book.toString());
        env.put("CET_E2E_BOOK_NAME", "Fraktion Grün Musterstadt");
        env.put("CET_E2E_EMPTY_BOOK_ID", emptyBook.toString());
        env.put("CET_E2E_EMPTY_BOOK_NAME", "Haushalt Schatz");
        env.put("CET_E2E_STRANGER_BOOK_ID", strangerBook.toString());
        env.put("CET_E2E_INVITE_PATH", invitePath);
        env.put("CET_E2E_INVITEE_EMAIL", invitee);
        env.put("CET_E2E_WEAK_INVITE_PATH", weakInvitePath);
        env.put("CET_E2E_SECOND_INVITE_PATH", secondInvitePath);
        env.put("CET_E2E_EXISTING_EMAIL", existing.email());
        env.put("CET_E2E_RESET_PATH", resetPath);
        env.put("CET_E2E_RESET_EMAIL", resetEmail);
        env.put("CET_E2E_VERIFY_PATH", verifyPath);
        env.put("CET_E2E_MFA_EMAIL", mfa.email());
        env.put("CET_E2E_MFA_SECRET", secret);
        env.put("CET_E2E_MFA_RECOVERY_CODE", recoveryCodes.get(0));
        prepareLedger(env);

        prepareRecord(env);
        prepareSplitting(env);
        preparePasskeys(env);

        prepareAdmin(env);
        prepareYearEnd(env);
        prepareReceipts(env);
        prepareNewBook(env);
        prepareBudgets(env);
        prepareNotifications(env);
        prepareImporting(env);

        // -Dcet.e2e.only=ledger runs only e2e/ledger*.test.mjs (while working on one screen); the build runs all.
        String only = System.getProperty("cet.e2e.only", "");
        List<String> command = new ArrayList<>(List.of("node", "--test", "--test-concurrency=1", "--test-reporter=spec"));
        if (only.isBlank()) {
            command.add("e2e/");
        } else {
            try (var files = Files.list(WebAppNode.DIR.resolve("e2e"))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(only) && n.endsWith(".test.mjs"))
                    .sorted().forEach(n -> command.add("e2e/" + n));
            }
        }
        WebAppNode.Result r = WebAppNode.run(command, env, 2400);
        browserTestsDone = true;
        System.out.println(r.output());
        assertEquals(0, r.exitCode(), "browser tests failed (src/main/webui/e2e):\n" + r.output());
    }

    /**
     * The ledger screens' book (e2e/ledger*.test.mjs): four-eyes on, two approvals above 500.00, booking
     * without approval allowed; a treasurer and a member; entries in every state, among them the member's
     * submitted claims, a booked advance of the member and a booked entry with a receipt photo and history.
     */
    private static void prepareLedger(Map<String, String> env) throws Exception {
        Actor owner = Actors.user("Olga Vorstand");
        german(owner);
        int year = LocalDate.now().getYear();
        String name = "Fraktion Blau Beispielstadt";
        UUID book = book(owner, name, "CAUCUS", year);
        LedgerFixtures.settings(owner, book, Map.of("fourEyes", true, "requireApproval", false, "dualApprovalAbove", "500.00"));
        Actor treasurer = Actors.user("Tara Kasse");
        Actor member = Actors.user("Mia Mitglied");
        german(treasurer);
        german(member);
        Actors.addMember(book, treasurer.id(), de.cet.books.domain.BookRole.TREASURER, false);
        Actors.addMember(book, member.id(), de.cet.books.domain.BookRole.MEMBER, false);
        UUID bank = LedgerFixtures.account(owner, book, Map.of("name", "Girokonto Fraktion", "type", "BANK", "fund", "PUBLIC",
            "iban", LedgerFixtures.IBAN, "openingBalance", "5000.00", "openingDate", year + "-01-01"));
        UUID office = LedgerFixtures.category(owner, book, "EX-300");
        UUID hospitality = LedgerFixtures.category(owner, book, "EX-520");
        UUID premises = LedgerFixtures.category(owner, book, "EX-200");
        UUID grants = LedgerFixtures.category(owner, book, "IN-100");
        String march = year + "-03-15";

        // A receipt photo the browser can draw (the fixtures' PNG is only a header).
        var image = new java.awt.image.BufferedImage(160, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 160, 100);
        g.setColor(new java.awt.Color(0x1d, 0x4e, 0x89));
        g.fillRect(10, 10, 140, 20);
        g.dispose();
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        String receipt = LedgerFixtures.upload(treasurer, book, "druckerei-rechnung.png", png.toByteArray(), "image/png")
            .statusCode(201).extract().path("id");

        Map<String, Object> grant = LedgerFixtures.tx("INCOME", "3000.00", year + "-01-20", bank, grants);
        grant.put("counterparty", "Stadt Beispielstadt");
        grant.put("status", "BOOKED");
        LedgerFixtures.record(treasurer, book, grant);

        // Recorded as a draft, changed once, then booked: its history has a before and an after.
        Map<String, Object> print = LedgerFixtures.tx("EXPENSE", "249.90", march, bank, office);
        print.put("counterparty", "Druckerei Müller");
        print.put("description", "Flyer");
        print.put("receiptIds", List.of(receipt));
        UUID printed = LedgerFixtures.record(treasurer, book, print);
        Number version = treasurer.api().get("/api/v1/books/" + book + "/transactions/" + printed).then().statusCode(200)
            .extract().path("version");
        treasurer.api().header("If-Match", "\"" + version + "\"").body(Map.of("description", "Flyer Bürgersprechstunde"))
            .patch("/api/v1/books/" + book + "/transactions/" + printed).then().statusCode(200);
        treasurer.api().body(Map.of()).post("/api/v1/books/" + book + "/transactions/" + printed + "/book").then().statusCode(200);

        Map<String, Object> draft = LedgerFixtures.tx("EXPENSE", "24.70", year + "-04-02", bank, office);
        draft.put("counterparty", "Bürobedarf Schmidt");
        UUID draftId = LedgerFixtures.record(treasurer, book, draft);

        // The member paid these out of pocket and submitted them as claims: {category, amount, date, counterparty, description}.
        java.util.function.Function<Object[], UUID> submitClaim = c -> {
            Map<String, Object> body = LedgerFixtures.tx("EXPENSE", (String) c[1], (String) c[2], bank, (UUID) c[0]);
            body.put("counterparty", c[3]);
            body.put("description", c[4]);
            body.put("paidByMemberId", member.id().toString());
            body.put("eigenbeleg", "Quittung verloren, Betrag laut Kontoauszug");
            body.put("status", "SUBMITTED");
            return LedgerFixtures.record(member, book, body);
        };
        UUID claim = submitClaim.apply(new Object[] {hospitality, "38.50", year + "-05-06", "Bäckerei Korn",
            "Teilnehmer: Mia Mitglied, Tara Kasse"});
        UUID taxi = submitClaim.apply(new Object[] {office, "19.80", year + "-05-07", "Taxi Zentrale", "Fahrt zur Sitzung"});
        UUID rent = submitClaim.apply(new Object[] {premises, "1200.00", year + "-05-01", "Raumvermietung Lindenhof", "Klausurtagung"});
        // Above the dual-approval limit: the treasurer's approval is the first of two.
        treasurer.api().post("/api/v1/books/" + book + "/transactions/" + rent + "/approve").then().statusCode(200);
        // Booked, the member's copy shop bill is an open advance of 45.00 until it is reimbursed.
        UUID copies = submitClaim.apply(new Object[] {office, "45.00", year + "-02-11", "Copyshop am Markt", "Kopien Haushaltsrede"});
        treasurer.api().body(Map.of()).post("/api/v1/books/" + book + "/transactions/" + copies + "/book").then().statusCode(200);

        // The treasurer's own submission: four-eyes keeps the treasurer from approving it.
        Map<String, Object> postage = LedgerFixtures.tx("EXPENSE", "12.00", year + "-06-03", bank, office);
        postage.put("counterparty", "Deutsche Post");
        postage.put("status", "SUBMITTED");
        UUID own = LedgerFixtures.record(treasurer, book, postage);

        env.put("CET_E2E_LEDGER_BOOK_ID", book.toString());
        env.put("CET_E2E_LEDGER_BOOK_NAME", name);
        env.put("CET_E2E_LEDGER_TREASURER_EMAIL", treasurer.email());
        env.put("CET_E2E_LEDGER_MEMBER_EMAIL", member.email());
        env.put("CET_E2E_LEDGER_MEMBER_NAME", member.displayName());
        env.put("CET_E2E_LEDGER_PRINTED_ID", printed.toString());
        env.put("CET_E2E_LEDGER_DRAFT_ID", draftId.toString());
        env.put("CET_E2E_LEDGER_CLAIM_ID", claim.toString());
        env.put("CET_E2E_LEDGER_TAXI_ID", taxi.toString());
        env.put("CET_E2E_LEDGER_RENT_ID", rent.toString());
        env.put("CET_E2E_LEDGER_OWN_ID", own.toString());
    }

    /**
     * For e2e/record*.test.mjs: a book of its own (approval required, so a claim waits for the treasurer),
     * a mailed invitation for a new member, a member who signs in with a password, a treasurer the test
     * signs in through the API to approve and book, and an account whose TOTP the settings screen removes.
     */
    private void prepareRecord(Map<String, String> env) {
        Actor admin = Actors.user("Rosa Rechnung");
        german(admin);
        int year = LocalDate.now().getYear();
        UUID book = book(admin, "Fraktion Rot Beispielstadt", "CAUCUS", year);
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", true));
        UUID account = LedgerFixtures.account(admin, book, Map.of("name", "Girokonto Fraktion", "type", "BANK", "fund", "PUBLIC",
            "iban", LedgerFixtures.IBAN, "openingBalance", "500.00", "openingDate", year + "-01-01"));
        Actor treasurer = Actors.member(book, de.cet.books.domain.BookRole.TREASURER);
        Actor member = Actors.member(book, de.cet.books.domain.BookRole.MEMBER);
        german(member);
        String claimant = address("claimant");
        env.put("CET_E2E_RECORD_BOOK_ID", book.toString());
        env.put("CET_E2E_RECORD_BOOK_NAME", "Fraktion Rot Beispielstadt");
        env.put("CET_E2E_RECORD_ACCOUNT_ID", account.toString());
        env.put("CET_E2E_RECORD_INVITE_PATH", invite(admin, book, claimant, "MEMBER"));
        env.put("CET_E2E_RECORD_INVITEE_EMAIL", claimant);
        env.put("CET_E2E_RECORD_MEMBER_EMAIL", member.email());
        env.put("CET_E2E_RECORD_TREASURER_EMAIL", treasurer.email());

        // An account with TOTP that removes it in the settings screen (signed in with a recovery code).
        Actor withTotp = Actors.user("Tilo Totp");
        german(withTotp);
        String totpSecret = withTotp.api().post("/api/v1/me/mfa/totp").then().statusCode(200).extract().path("secret");
        String usedCode = Totp.code(totpSecret, Instant.now());
        List<String> codes = withTotp.api().body(Map.of("code", usedCode))
            .post("/api/v1/me/mfa/totp/confirm").then().statusCode(200).extract().path("recoveryCodes");
        env.put("CET_E2E_RECORD_TOTP_EMAIL", withTotp.email());
        env.put("CET_E2E_RECORD_TOTP_SECRET", totpSecret);
        env.put("CET_E2E_RECORD_TOTP_USED_CODE", usedCode);
        env.put("CET_E2E_RECORD_TOTP_RECOVERY_CODE", codes.get(0));
    }

    /**
     * For e2e/splitting*.test.mjs: a weekend trip of four in a GROUP book (no approval, so the admin's
     * entries are booked at once) with its one account; Anna (admin), Dana speak German, Ben and Cem English.
     * The trip is not recorded here: the browser records and settles it. Only Ben's submitted parking
     * ticket is, for the treasurer's "Book" with its account and date.
     */
    private static void prepareSplitting(Map<String, String> env) {
        Actor anna = Actors.user("Anna Harz");
        german(anna);
        int year = LocalDate.now().getYear();
        UUID book = book(anna, "Wochenende im Harz", "GROUP", year);
        Actor ben = Actors.user("Ben Harz");
        Actor cem = Actors.user("Cem Harz");
        Actor dana = Actors.user("Dana Harz");
        german(dana);
        for (Actor m : List.of(ben, cem, dana)) {
            Actors.addMember(book, m.id(), de.cet.books.domain.BookRole.MEMBER, false);
        }
        // A bank account, not cash: a cash box may not go below zero, and the trip's spending is all it holds.
        UUID trip = LedgerFixtures.account(anna, book, Map.of("name", "Reisekonto", "type", "BANK", "fund", "OWN",
            "iban", LedgerFixtures.IBAN, "openingBalance", "0.00", "openingDate", year + "-01-01"));
        LedgerFixtures.account(anna, book, Map.of("name", "Tagesgeld", "type", "BANK", "fund", "OWN",
            "iban", LedgerFixtures.IBAN, "openingBalance", "100.00", "openingDate", year + "-01-01"));
        // Ben's parking ticket, not split, submitted: the admin books it on another account and day.
        Map<String, Object> parking = LedgerFixtures.tx("EXPENSE", "8.50", year + "-06-05", trip,
            LedgerFixtures.category(anna, book, "EX-510"));
        parking.put("counterparty", "Parkhaus Altstadt");
        parking.put("status", "SUBMITTED");
        env.put("CET_E2E_SPLIT_PARKING_ID", LedgerFixtures.record(ben, book, parking).toString());
        env.put("CET_E2E_SPLIT_BOOK_ID", book.toString());
        env.put("CET_E2E_SPLIT_ANNA_EMAIL", anna.email());
        env.put("CET_E2E_SPLIT_BEN_EMAIL", ben.email());
        env.put("CET_E2E_SPLIT_CEM_EMAIL", cem.email());
        env.put("CET_E2E_SPLIT_DANA_EMAIL", dana.email());
    }

    /**
     * For e2e/passkeys*.test.mjs: a German user with TOTP (the passkey replaces password and code), and
     * an English user without, for the phone-width keyboard run. Their passkeys come from the browser's
     * virtual authenticator, so none is made here.
     */
    private static void preparePasskeys(Map<String, String> env) {
        Actor withTotp = Actors.user("Paula Passkey");
        german(withTotp);
        String secret = withTotp.api().post("/api/v1/me/mfa/totp").then().statusCode(200).extract().path("secret");
        withTotp.api().body(Map.of("code", Totp.code(secret, Instant.now())))
            .post("/api/v1/me/mfa/totp/confirm").then().statusCode(200);
        env.put("CET_E2E_PASSKEY_EMAIL", withTotp.email());
        env.put("CET_E2E_PASSKEY_TOTP_SECRET", secret);
        env.put("CET_E2E_PASSKEY_EN_EMAIL", Actors.user("Peter Passkey").email());
    }

    /**
     * For e2e/admin*.test.mjs: a caucus book with its administrator, a treasurer and a member; an inventory
     * item (a booked EX-700 expense); an instance administrator. While the browser tests run, the mails
     * are delivered (the scheduler is off in tests) and the link of the invitation the browser sends to
     * {@code CET_E2E_ADMIN_INVITEE_EMAIL} is written to the file {@code CET_E2E_ADMIN_MAILBOX} when it
     * arrives in the SMTP sink, so the test opens the invitation as mailed.
     */
    private void prepareAdmin(Map<String, String> env) throws Exception {
        Actor admin = Actors.user("Anna Verwaltung");
        german(admin);
        int year = LocalDate.now().getYear();
        String name = "Fraktion Gelb Beispielstadt";
        UUID book = book(admin, name, "CAUCUS", year);
        Actor treasurer = Actors.user("Theo Schatzmeister");
        Actor member = Actors.user("Marta Mitglied");
        german(treasurer);
        german(member);
        Actors.addMember(book, treasurer.id(), de.cet.books.domain.BookRole.TREASURER, false);
        Actors.addMember(book, member.id(), de.cet.books.domain.BookRole.MEMBER, false);
        // Booked at once (a caucus book asks for approval and a receipt by default): the beamer is on the inventory.
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", false, "requireReceipt", false));
        UUID bank = LedgerFixtures.account(admin, book, Map.of("name", "Girokonto Gelb", "type", "BANK", "fund", "PUBLIC",
            "iban", LedgerFixtures.IBAN, "openingBalance", "2000.00", "openingDate", year + "-01-01"));
        Map<String, Object> beamer = LedgerFixtures.tx("EXPENSE", "649.00", year + "-02-14", bank,
            LedgerFixtures.category(admin, book, "EX-700"));
        beamer.put("counterparty", "Elektro Funke");
        beamer.put("description", "Beamer für den Sitzungssaal");
        beamer.put("status", "BOOKED");
        LedgerFixtures.record(treasurer, book, beamer);
        Actor instanceAdmin = Actors.instanceAdmin();
        german(instanceAdmin);
        Actor leaving = Actors.user("Dora Ausgetreten"); // the instance admin disables this account
        Actor profile = Actors.user("Paula Profil"); // changes name, password and sessions in my settings
        german(profile);

        String invitee = address("admin-invitee");
        Path mailbox = Files.createTempFile("cet-e2e-admin-mailbox", ".txt");
        Files.delete(mailbox); // the test waits for it to appear
        Thread postman = new Thread(() -> {
            long until = System.nanoTime() + java.time.Duration.ofMinutes(15).toNanos();
            // Ends with the browser run too: when admin*.test.mjs is not run (-Dcet.e2e.only), no invitation comes,
            // and a postman still delivering while the application stops keeps its shutdown waiting for transactions.
            while (System.nanoTime() < until && !browserTestsDone) {
                try {
                    sender.deliverDue();
                    if (!SmtpSink.messagesTo(invitee).isEmpty()) {
                        Path written = Files.writeString(mailbox.resolveSibling(mailbox.getFileName() + ".part"),
                            linkPath(invitee, "/accept-invitation"));
                        Files.move(written, mailbox, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                        return;
                    }
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // The application may be busy or stopping: try again on the next round.
                }
            }
        }, "e2e-admin-postman");
        postman.setDaemon(true);
        postman.start();

        env.put("CET_E2E_ADMIN_BOOK_ID", book.toString());
        env.put("CET_E2E_ADMIN_BOOK_NAME", name);
        env.put("CET_E2E_ADMIN_ADMIN_EMAIL", admin.email());
        env.put("CET_E2E_ADMIN_TREASURER_EMAIL", treasurer.email());
        env.put("CET_E2E_ADMIN_MEMBER_EMAIL", member.email());
        env.put("CET_E2E_ADMIN_MEMBER_NAME", member.displayName());
        env.put("CET_E2E_ADMIN_INSTANCE_EMAIL", instanceAdmin.email());
        env.put("CET_E2E_ADMIN_LEAVING_NAME", leaving.displayName());
        env.put("CET_E2E_ADMIN_LEAVING_EMAIL", leaving.email());
        env.put("CET_E2E_ADMIN_PROFILE_EMAIL", profile.email());
        env.put("CET_E2E_ADMIN_INVITEE_EMAIL", invitee);
        env.put("CET_E2E_ADMIN_MAILBOX", mailbox.toString());
        // e2e/admin-mailboxes: an instance administrator who keeps a book of their own with a bank account
        Actor postmaster = Actors.instanceAdmin();
        german(postmaster);
        UUID postBook = book(postmaster, "Fraktion Post Beispielstadt", "CAUCUS", year);
        LedgerFixtures.account(postmaster, postBook, Map.of("name", "Girokonto Post", "type", "BANK", "fund", "PUBLIC",
            "iban", LedgerFixtures.IBAN, "openingBalance", "100.00", "openingDate", year + "-01-01"));
        env.put("CET_E2E_ADMIN_POSTMASTER_EMAIL", postmaster.email());
        // The passphrase the test profile encrypts backups with: the restore screen is given the archive and it.
        env.put("CET_E2E_ADMIN_BACKUP_PASSPHRASE",
            org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("cet.backup.passphrase", String.class));
    }

    /**
     * For e2e/yearend*.test.mjs: a caucus whose last year is to be closed. Its booked grant and expense
     * leave a closing balance of 5,765.44 (2,000.00 + 5,000.00 − 1,234.56); one draft of that year blocks
     * the close until the treasurer deletes it. Two signatory members sign off, an auditor (who speaks
     * English) takes the audit package, and a plain member must see none of it.
     */
    private static void prepareYearEnd(Map<String, String> env) {
        Actor owner = Actors.user("Jana Jahr");
        german(owner);
        int last = LocalDate.now().getYear() - 1;
        String name = "Fraktion Gelb Jahresende";
        UUID book = book(owner, name, "CAUCUS", last);
        LedgerFixtures.settings(owner, book, Map.of("requireApproval", false, "fourEyes", false));
        // This year is already open (the dashboard shows the period that contains today).
        owner.api().body(Map.of("name", String.valueOf(last + 1), "startDate", (last + 1) + "-01-01", "endDate", (last + 1) + "-12-31"))
            .post("/api/v1/books/" + book + "/periods").then().statusCode(201);
        Actor treasurer = Actors.user("Theo Kasse");
        Actor chair = Actors.user("Clara Vorsitz");
        Actor deputy = Actors.user("Dieter Stellvertreter");
        Actor auditor = Actors.user("Anna Auditor");
        Actor member = Actors.user("Max Mitglied");
        for (Actor a : List.of(treasurer, chair, deputy, member)) {
            german(a);
        }
        Actors.addMember(book, treasurer.id(), de.cet.books.domain.BookRole.TREASURER, false);
        Actors.addMember(book, chair.id(), de.cet.books.domain.BookRole.MEMBER, true);
        Actors.addMember(book, deputy.id(), de.cet.books.domain.BookRole.MEMBER, true);
        Actors.addMember(book, auditor.id(), de.cet.books.domain.BookRole.AUDITOR, false);
        Actors.addMember(book, member.id(), de.cet.books.domain.BookRole.MEMBER, false);
        UUID bank = LedgerFixtures.account(owner, book, Map.of("name", "Girokonto Fraktion", "type", "BANK", "fund", "PUBLIC",
            "iban", LedgerFixtures.IBAN, "openingBalance", "2000.00", "openingDate", last + "-01-01"));
        UUID grants = LedgerFixtures.category(owner, book, "IN-100");
        UUID office = LedgerFixtures.category(owner, book, "EX-300");
        Map<String, Object> grant = LedgerFixtures.tx("INCOME", "5000.00", last + "-02-01", bank, grants);
        grant.put("counterparty", "Stadt Musterstadt");
        grant.put("status", "BOOKED");
        LedgerFixtures.record(treasurer, book, grant);
        Map<String, Object> print = LedgerFixtures.tx("EXPENSE", "1234.56", last + "-03-10", bank, office);
        print.put("counterparty", "Druckhaus Weber");
        print.put("description", "Jahresbericht");
        print.put("receiptIds", List.of(LedgerFixtures.receipt(treasurer, book, "druckhaus").toString()));
        print.put("status", "BOOKED");
        LedgerFixtures.record(treasurer, book, print);
        Map<String, Object> draft = LedgerFixtures.tx("EXPENSE", "80.00", last + "-11-20", bank, office);
        draft.put("counterparty", "Blumen Lenz");
        draft.put("eigenbeleg", "Blumenstrauß zur Verabschiedung");
        UUID draftId = LedgerFixtures.record(treasurer, book, draft);

        env.put("CET_E2E_YEAREND_BOOK_ID", book.toString());
        env.put("CET_E2E_YEAREND_BOOK_NAME", name);
        env.put("CET_E2E_YEAREND_PERIOD", String.valueOf(last));
        env.put("CET_E2E_YEAREND_DRAFT_ID", draftId.toString());
        env.put("CET_E2E_YEAREND_TREASURER_EMAIL", treasurer.email());
        env.put("CET_E2E_YEAREND_CHAIR_EMAIL", chair.email());
        env.put("CET_E2E_YEAREND_DEPUTY_EMAIL", deputy.email());
        env.put("CET_E2E_YEAREND_AUDITOR_EMAIL", auditor.email());
        env.put("CET_E2E_YEAREND_MEMBER_EMAIL", member.email());
    }

    /**
     * For e2e/receipts.test.mjs: a caucus whose last year is closed and signed by both signatories (so its
     * public page has a signed report), this year open; its German admin records from a ZUGFeRD invoice
     * written here with Mustang into a temporary file the script uploads.
     */
    private static void prepareReceipts(Map<String, String> env) {
        Actor owner = Actors.user("Bernd Beleg");
        german(owner);
        int last = LocalDate.now().getYear() - 1;
        String name = "Fraktion Blau Belegstadt";
        UUID book = book(owner, name, "CAUCUS", last);
        LedgerFixtures.settings(owner, book, Map.of("requireApproval", false, "fourEyes", false));
        String current = String.valueOf(last + 1);
        String periodOfNow = owner.api().body(Map.of("name", current, "startDate", current + "-01-01", "endDate", current + "-12-31"))
            .post("/api/v1/books/" + book + "/periods").then().statusCode(201).extract().path("id");
        Actor chair = Actors.user("Carla Vorsitz");
        Actor deputy = Actors.user("Dirk Vertretung");
        Actors.addMember(book, chair.id(), de.cet.books.domain.BookRole.MEMBER, true);
        Actors.addMember(book, deputy.id(), de.cet.books.domain.BookRole.MEMBER, true);
        UUID bank = LedgerFixtures.account(owner, book, Map.of("name", "Girokonto Fraktion", "type", "BANK", "fund", "PUBLIC",
            "iban", LedgerFixtures.IBAN, "openingBalance", "1000.00", "openingDate", last + "-01-01"));
        Map<String, Object> grant = LedgerFixtures.tx("INCOME", "3000.00", last + "-02-01", bank, LedgerFixtures.category(owner, book, "IN-100"));
        grant.put("status", "BOOKED");
        LedgerFixtures.record(owner, book, grant);
        Map<String, Object> rent = LedgerFixtures.tx("EXPENSE", "1200.00", last + "-03-01", bank, LedgerFixtures.category(owner, book, "EX-300"));
        rent.put("status", "BOOKED");
        rent.put("eigenbeleg", "Miete Fraktionsbüro laut Mietvertrag");
        LedgerFixtures.record(owner, book, rent);
        List<Map<String, Object>> periods = owner.api().get("/api/v1/books/" + book + "/periods").then().statusCode(200).extract().path("items");
        String closed = periods.stream().filter(p -> String.valueOf(last).equals(p.get("name"))).findFirst().orElseThrow().get("id").toString();
        owner.api().post("/api/v1/books/" + book + "/periods/" + closed + "/close").then().statusCode(200);
        chair.api().post("/api/v1/books/" + book + "/periods/" + closed + "/sign-off").then().statusCode(200);
        deputy.api().post("/api/v1/books/" + book + "/periods/" + closed + "/sign-off").then().statusCode(200);
        try {
            Path invoice = Files.createTempDirectory("cet-e2e-receipts").resolve("rechnung-zugferd.pdf");
            Files.write(invoice, de.cet.receipts.EInvoices.zugferd("EN16931"));
            env.put("CET_E2E_RECEIPTS_INVOICE", invoice.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        env.put("CET_E2E_RECEIPTS_BOOK_ID", book.toString());
        env.put("CET_E2E_RECEIPTS_BOOK_NAME", name);
        env.put("CET_E2E_RECEIPTS_CLOSED_PERIOD", String.valueOf(last));
        env.put("CET_E2E_RECEIPTS_OPEN_PERIOD_ID", periodOfNow);
        env.put("CET_E2E_RECEIPTS_ADMIN_EMAIL", owner.email());
        env.put("CET_E2E_RECEIPTS_TREASURER_EMAIL", Actors.member(book, de.cet.books.domain.BookRole.TREASURER).email());
        env.put("CET_E2E_RECEIPTS_INVOICE_SELLER", de.cet.receipts.EInvoices.SELLER);
        env.put("CET_E2E_RECEIPTS_INVOICE_NUMBER", de.cet.receipts.EInvoices.NUMBER);
        env.put("CET_E2E_RECEIPTS_INVOICE_DATE", de.cet.receipts.EInvoices.DATE.toString());
    }

    /**
     * For e2e/budgets*.test.mjs: a household (its two default budgets) with a bank account and a booked
     * grocery purchase today; its German admin runs the month, an English treasurer checks it by keyboard
     * and sees a caucus book of theirs without budgets.
     */
    private static void prepareBudgets(Map<String, String> env) {
        Actor admin = Actors.user("Bea Budget");
        german(admin);
        int year = LocalDate.now().getYear();
        UUID book = book(admin, "Haushalt Budget", "HOUSEHOLD", year);
        UUID account = LedgerFixtures.account(admin, book, Map.of("name", "Haushaltskonto", "type", "BANK", "fund", "OWN",
            "iban", LedgerFixtures.IBAN, "openingBalance", "2000.00", "openingDate", year + "-01-01"));
        de.cet.budgeting.api.BudgetFixtures.spend(admin, book, account,
            de.cet.budgeting.api.BudgetFixtures.category(admin, book, "Groceries"), "37.40",
            LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString());
        Actor treasurer = Actors.member(book, de.cet.books.domain.BookRole.TREASURER);
        // A caucus book has no budgets: its dashboard shows no budgets widget.
        UUID none = book(admin, "Caucus without budgets", "CAUCUS", year);
        Actors.addMember(none, treasurer.id(), de.cet.books.domain.BookRole.TREASURER, false);
        env.put("CET_E2E_BUDGETS_NONE_BOOK_ID", none.toString());
        env.put("CET_E2E_BUDGETS_BOOK_ID", book.toString());
        env.put("CET_E2E_BUDGETS_ADMIN_EMAIL", admin.email());
        env.put("CET_E2E_BUDGETS_TREASURER_EMAIL", treasurer.email());
    }

    /**
     * For e2e/notifications*.test.mjs: a book that needs approval, a German member who claims and watches
     * the screens, an (English) treasurer who approves through the API.
     */
    private void prepareNotifications(Map<String, String> env) {
        Actor admin = Actors.user("Nora Notiz");
        int year = LocalDate.now().getYear();
        UUID book = book(admin, "Fraktion Grün Beispielstadt", "CAUCUS", year);
        LedgerFixtures.settings(admin, book, Map.of("requireApproval", true, "requireReceipt", false));
        UUID account = LedgerFixtures.account(admin, book, Map.of("name", "Girokonto Grün", "type", "BANK", "fund", "PUBLIC",
            "iban", LedgerFixtures.IBAN, "openingBalance", "300.00", "openingDate", year + "-01-01"));
        Actor treasurer = Actors.member(book, de.cet.books.domain.BookRole.TREASURER);
        Actor member = Actors.member(book, de.cet.books.domain.BookRole.MEMBER);
        german(member);
        env.put("CET_E2E_NOTIFY_BOOK_ID", book.toString());
        env.put("CET_E2E_NOTIFY_ACCOUNT_ID", account.toString());
        String office = LedgerFixtures.category(admin, book, "EX-300").toString();
        env.put("CET_E2E_NOTIFY_CATEGORY_ID", office);
        env.put("CET_E2E_NOTIFY_DATE", LocalDate.now().toString());
        env.put("CET_E2E_NOTIFY_MEMBER_EMAIL", member.email());
        env.put("CET_E2E_NOTIFY_MEMBER_ID", member.id().toString());
        env.put("CET_E2E_NOTIFY_TREASURER_EMAIL", treasurer.email());
        // The treasurer has something in the inbox for the English phone screens.
        Map<String, Object> claim = new java.util.HashMap<>(Map.of("type", "EXPENSE", "amount", "5.00", "date", LocalDate.now().toString(),
            "accountId", account.toString(), "paidByMemberId", member.id().toString(), "description", "Kopien", "status", "SUBMITTED"));
        claim.put("categoryId", office);
        member.api().body(claim).post("/api/v1/books/" + book + "/transactions").then().statusCode(201);
    }

    /**
     * For e2e/importing*.test.mjs: a caucus closing last year from its bank statement (no approval, no receipt
     * required), with a booked print bill and an admin's submitted bakery bill for the statement's lines to
     * match; a German treasurer and a member. A second caucus (approval required, four eyes) gets the same
     * year as MT940 from an English treasurer; its grant was submitted by the admin and approved by a
     * signatory, so the line can be matched but not created directly.
     */
    private static void prepareImporting(Map<String, String> env) {
        int last = LocalDate.now().getYear() - 1;
        Actor owner = Actors.user("Ilse Import");
        german(owner);
        String name = "Fraktion Lila Musterstadt";
        UUID book = book(owner, name, "CAUCUS", last);
        LedgerFixtures.settings(owner, book, Map.of("requireApproval", false, "requireReceipt", false, "fourEyes", true));
        Actor treasurer = Actors.user("Konrad Kasse");
        Actor member = Actors.user("Mila Mitglied");
        german(treasurer);
        german(member);
        Actors.addMember(book, treasurer.id(), de.cet.books.domain.BookRole.TREASURER, false);
        Actors.addMember(book, member.id(), de.cet.books.domain.BookRole.MEMBER, false);
        UUID bank = LedgerFixtures.account(owner, book, Map.of("name", "Girokonto Fraktion", "type", "BANK", "fund", "PUBLIC",
            "iban", LedgerFixtures.IBAN, "openingBalance", "2000.00", "openingDate", last + "-01-01"));
        Map<String, Object> print = LedgerFixtures.tx("EXPENSE", "249.90", last + "-03-10", bank, LedgerFixtures.category(owner, book, "EX-300"));
        print.put("counterparty", "Druckerei Müller");
        print.put("description", "Flyer Bürgersprechstunde");
        print.put("status", "BOOKED");
        LedgerFixtures.record(treasurer, book, print);
        Map<String, Object> bakery = LedgerFixtures.tx("EXPENSE", "64.00", last + "-05-06", bank, LedgerFixtures.category(owner, book, "EX-520"));
        bakery.put("counterparty", "Bäckerei Körner");
        bakery.put("description", "Brötchen Klausurtagung");
        bakery.put("status", "SUBMITTED");
        LedgerFixtures.record(owner, book, bakery);

        Actor second = Actors.user("Olaf Nachbar");
        german(second);
        UUID other = book(second, "Fraktion Lila Nachbarstadt", "CAUCUS", last);
        LedgerFixtures.settings(second, other, Map.of("requireApproval", true, "requireReceipt", false, "fourEyes", true));
        Actor english = Actors.user("Edith Ledger");
        Actor chair = Actors.user("Carla Vorsitz");
        Actors.addMember(other, english.id(), de.cet.books.domain.BookRole.TREASURER, false);
        Actors.addMember(other, chair.id(), de.cet.books.domain.BookRole.MEMBER, true);
        UUID otherBank = LedgerFixtures.account(second, other, Map.of("name", "Girokonto Nachbarstadt", "type", "BANK", "fund", "PUBLIC",
            "iban", LedgerFixtures.IBAN, "openingBalance", "1000.00", "openingDate", last + "-01-01"));
        Map<String, Object> grant = LedgerFixtures.tx("INCOME", "3000.00", last + "-02-01", otherBank, LedgerFixtures.category(second, other, "IN-100"));
        grant.put("counterparty", "Stadt Nachbarstadt");
        grant.put("status", "SUBMITTED");
        UUID grantId = LedgerFixtures.record(second, other, grant);
        chair.api().post("/api/v1/books/" + other + "/transactions/" + grantId + "/approve").then().statusCode(200);

        env.put("CET_E2E_IMPORT_BOOK_ID", book.toString());
        env.put("CET_E2E_IMPORT_BOOK_NAME", name);
        env.put("CET_E2E_IMPORT_YEAR", String.valueOf(last));
        env.put("CET_E2E_IMPORT_IBAN", LedgerFixtures.IBAN);
        env.put("CET_E2E_IMPORT_TREASURER_EMAIL", treasurer.email());
        env.put("CET_E2E_IMPORT_MEMBER_EMAIL", member.email());
        env.put("CET_E2E_IMPORT_OTHER_BOOK_ID", other.toString());
        env.put("CET_E2E_IMPORT_EN_TREASURER_EMAIL", english.email());
    }

    /** For e2e/books*.test.mjs: two users without any book yet, one German, one English. */
    private static void prepareNewBook(Map<String, String> env) {
        Actor german = Actors.user("Nora Neubeginn");
        german(german);
        env.put("CET_E2E_NEWBOOK_EMAIL", german.email());
        env.put("CET_E2E_NEWBOOK_EN_EMAIL", Actors.user("Nick Newstart").email());
    }

    /** Fixture users speak English (their locale); most screens here are checked in German, the default. */
    private static void german(Actor actor) {
        actor.api().body(Map.of("locale", "de")).patch("/api/v1/me").then().statusCode(200);
    }

    private static UUID book(Actor owner, String name, String kind, int year) {
        String id = owner.api().body(Map.of("name", name, "kind", kind, "currency", "EUR",
                "firstPeriod", Map.of("name", String.valueOf(year), "startDate", year + "-01-01", "endDate", year + "-12-31")))
            .post("/api/v1/books").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private String invite(Actor admin, UUID book, String email, String role) {
        admin.api().body(Map.of("email", email, "role", role)).post("/api/v1/books/" + book + "/invitations")
            .then().statusCode(201);
        sender.deliverDue();
        return linkPath(email, "/accept-invitation");
    }

    /** The path and query of the link to {@code page} in the newest mail to {@code address}, as mailed. */
    private static String linkPath(String address, String page) {
        var messages = SmtpSink.messagesTo(address);
        assertTrue(!messages.isEmpty(), "a mail to " + address);
        String body = SmtpSink.body(messages.get(messages.size() - 1));
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(page) + "\\?token=[A-Za-z0-9_-]+)").matcher(body);
        assertTrue(m.find(), "a link to " + page + " in the mail: " + body);
        return m.group(1);
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static String chromium() {
        String configured = System.getenv("CET_E2E_CHROMIUM");
        return configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured;
    }
}
