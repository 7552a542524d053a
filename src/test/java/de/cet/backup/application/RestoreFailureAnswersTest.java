package de.cet.backup.application;

import de.cet.backup.infrastructure.BackupService;
import de.cet.backup.infrastructure.RestoreService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.backup.ArchiveRewriter;
import de.cet.backup.TestDatabases;
import de.cet.backup.domain.BackupRun;
import de.cet.backup.domain.BackupStatus;
import de.cet.backup.domain.BackupTrigger;
import de.cet.backup.infrastructure.BackupDirectory;
import de.cet.backup.infrastructure.OpenPgp;
import de.cet.shared.api.ProblemMapper;
import de.cet.shared.api.RequestIds;
import de.cet.shared.error.UnprocessableException;
import de.cet.shared.mail.MailOutbox;
import de.cet.testing.Actors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 11, section 2: however a restore fails, its problem document says so in CET's own sentence and
 * carries the request id; what PostgreSQL, the ZIP reader, Jackson or Bouncy Castle said (statements,
 * constraint names, the failing row's values, class names) is only in the log, under that request id.
 */
@QuarkusTest
class RestoreFailureAnswersTest {

    static final String PASSPHRASE = BackupRoundTripTest.PASSPHRASE;
    /** Words of SQL and of driver messages, and the prefixes of Java packages. */
    static final Pattern INTERNALS = Pattern.compile(
        "(?i)\\b(insert|update|select|values|delete|truncate|constraint|violates|sqlstate|batch entry|exception)\\b"
            + "|(?i)ERROR:|Detail:|_fkey|_pkey|_check\\b|\\bde\\.cet\\.|\\borg\\.[a-z]|\\bjava\\.[a-z]|\\bjavax\\.|\\bcom\\.[a-z]|\\bjakarta\\.");

    @Inject
    BackupService backups;

    @Inject
    RestoreService restores;

    @Inject
    BackupDirectory directory;

    @Inject
    MailOutbox outbox;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Flyway flyway;

    @TempDir
    Path temp;

    final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyMdc(); // the request id, as the console line prints it
            }
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    Path archive;
    String recipient;

    @BeforeEach
    void anArchiveWithAMailAndAUser() {
        java.util.logging.Logger.getLogger("de.cet.backup").addHandler(capture);
        recipient = "failing-row-" + UUID.randomUUID() + "@example.org";
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(recipient, "outbox-check", "en", Map.of("name", "X")));
        BackupRun run = backups.run(BackupTrigger.ON_DEMAND).orElseThrow();
        assertEquals(BackupStatus.SUCCEEDED, run.status(), run.error());
        archive = directory.resolve(run.fileName());
    }

    @AfterEach
    void stopCapturing() {
        java.util.logging.Logger.getLogger("de.cet.backup").removeHandler(capture);
    }

    // ---- through POST /admin/restore: what fails before the instance is looked at ------------------

    String restoreThroughTheApi(byte[] upload, String passphrase, String expectedType) {
        Actors.Actor admin = Actors.instanceAdmin();
        String requestId = "restore-" + UUID.randomUUID();
        String body = given().header("Authorization", "Bearer " + admin.accessToken()).header(RequestIds.HEADER, requestId)
            .multiPart("archive", "backup.zip.pgp", upload, "application/pgp-encrypted")
            .multiPart("passphrase", passphrase)
            .when().post("/api/v1/admin/restore")
            .then().statusCode(422).contentType("application/problem+json")
            .body("type", equalTo("urn:cet:problem:" + expectedType))
            .body("requestId", equalTo(requestId))
            .extract().asString();
        assertNoInternals(body);
        return requestId;
    }

    @Test
    void aZipThatEndsTooEarlyIsAnsweredWithoutTheZipReadersWords() throws Exception {
        byte[] zip = decrypted();
        byte[] truncated = java.util.Arrays.copyOf(zip, zip.length / 2);
        String requestId = restoreThroughTheApi(encrypted(truncated), PASSPHRASE, "backup-archive-damaged");
        assertLoggedWithRequestId(requestId, Level.WARNING);
    }

    @Test
    void aManifestThatIsNotACetManifestIsAnsweredWithoutJacksonsWords() throws Exception {
        byte[] zip = zipOf(Map.of("manifest.json", "{\"format\": {\"nested\": true}, \"tables\": 7}"));
        String requestId = restoreThroughTheApi(encrypted(zip), PASSPHRASE, "backup-archive-damaged");
        assertLoggedWithRequestId(requestId, Level.WARNING);
    }

    @Test
    void contentThatIsNotOpenPgpIsAnsweredWithoutBouncyCastlesWords() {
        restoreThroughTheApi("PK\u0003\u0004 not encrypted at all".getBytes(StandardCharsets.UTF_8), PASSPHRASE,
            "backup-archive-undecryptable");
    }

    @Test
    void aTamperedFileIsAnsweredWithoutBouncyCastlesWords() throws Exception {
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length - 30] ^= 0x40;
        restoreThroughTheApi(bytes, PASSPHRASE, "backup-archive-damaged");
    }

    @Test
    void aWrongPassphraseIsAnsweredAsSuch() throws Exception {
        restoreThroughTheApi(Files.readAllBytes(archive), "wrong horse battery staple", "backup-archive-undecryptable");
    }

    // ---- into an empty instance: rows the database refuses -------------------------------------------

    /** Restores the archive changed by {@code change} into an empty instance; answers the problem document. */
    String refusedRestore(String entry, UnaryOperator<String> change) throws Exception {
        PGSimpleDataSource target = TestDatabases.restoreTarget("public");
        TestDatabases.recreateMigrated(target, "public", flyway, null);
        Path changed = Files.write(temp.resolve("changed.zip.pgp"), encrypted(ArchiveRewriter.withEntryChanged(decrypted(), entry, rows -> {
            String result = change.apply(rows);
            assertFalse(result.equals(rows), "the change hit a row of " + entry);
            return result;
        })));
        Map<String, List<String>> before = TestDatabases.contents(target);

        UnprocessableException e = assertThrows(UnprocessableException.class,
            () -> restores.restoreInto(target, changed, new RestoreKey.Passphrase(PASSPHRASE)));

        assertEquals("backup-restore-failed", e.type());
        assertEquals(before, TestDatabases.contents(target), "nothing restored");
        assertTrue(logged.stream().anyMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()
            && r.getThrown() != null), "the database's reason is logged as an error");
        String requestId = "restore-" + UUID.randomUUID();
        Response answer = new ProblemMapper().cet(e, null, headers(requestId));
        String body = json.writeValueAsString(answer.getEntity());
        assertEquals(422, answer.getStatus());
        assertTrue(body.contains("\"requestId\":\"" + requestId + "\""), body);
        assertNoInternals(body);
        return body;
    }

    @Test
    void aRowBreakingACheckIsAnsweredWithoutTheStatementTheConstraintOrTheRowsValues() throws Exception {
        String body = refusedRestore("data/outbox_mail.ndjson", rows -> rows.lines()
            .map(row -> row.contains(recipient) ? row.replace("\"PENDING\"", "\"NOT-A-STATUS-7Q\"") : row)
            .reduce("", (a, row) -> a + row + "\n"));
        assertNoValues(body, "NOT-A-STATUS-7Q", recipient, "outbox_mail");
    }

    @Test
    void aRowPointingAtNoRowIsAnsweredWithoutTheKeyOrItsValue() throws Exception {
        Actors.Actor user = Actors.user();
        BackupRun run = backups.run(BackupTrigger.ON_DEMAND).orElseThrow();
        archive = directory.resolve(run.fileName());
        String nobody = UUID.randomUUID().toString();
        // the user's sessions now belong to a user the archive does not hold: found only at commit
        String body = refusedRestore("data/identity_session.ndjson", rows -> rows.replace(user.id().toString(), nobody));
        assertNoValues(body, nobody, user.id().toString(), "identity_session", "identity_user");
    }

    @Test
    void aValueTheColumnTypeCannotReadIsAnsweredWithoutTheValue() throws Exception {
        String body = refusedRestore("data/outbox_mail.ndjson", rows -> rows.lines()
            .map(row -> row.contains(recipient)
                ? row.replaceFirst("\"created_at\":\"[^\"]+\"", "\"created_at\":\"not-a-timestamp-9Z\"") : row)
            .reduce("", (a, row) -> a + row + "\n"));
        assertNoValues(body, "not-a-timestamp-9Z", recipient);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static void assertNoInternals(String body) {
        var found = INTERNALS.matcher(body);
        assertFalse(found.find(), () -> "internal detail \"" + found.group() + "\" in " + body);
    }

    static void assertNoValues(String body, String... values) {
        for (String value : values) {
            assertFalse(body.contains(value), () -> "\"" + value + "\" in " + body);
        }
    }

    void assertLoggedWithRequestId(String requestId, Level atLeast) {
        List<String> seen = new ArrayList<>();
        for (LogRecord r : logged) {
            Object mdc = r instanceof ExtLogRecord ext ? ext.getMdc("requestId") : null;
            seen.add(r.getLevel() + " " + mdc + " " + r.getMessage());
            if (r.getLevel().intValue() >= atLeast.intValue() && requestId.equals(mdc)) {
                return;
            }
        }
        throw new AssertionError("no " + atLeast + " log record with request id " + requestId + ": " + seen);
    }

    static HttpHeaders headers(String requestId) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
            (proxy, method, args) -> method.getName().equals("getHeaderString") && RequestIds.HEADER.equals(args[0])
                ? requestId : null);
    }

    byte[] decrypted() throws Exception {
        try (var in = OpenPgp.decrypt(Files.newInputStream(archive), OpenPgp.DecryptionKey.ofPassphrase(PASSPHRASE))) {
            return in.readAllBytes();
        }
    }

    static byte[] encrypted(byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream enc = OpenPgp.encrypt(out, new OpenPgp.Recipients(PASSPHRASE.toCharArray(), List.of()), "x.zip")) {
            enc.write(content);
        }
        return out.toByteArray();
    }

    static byte[] zipOf(Map<String, String> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
