package de.cet.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.testing.SmtpSink;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mail's one-time token lives only sealed in the outbox, and only until the mail is sent or given up. */
@QuarkusTest
class OutboxTokenSealingTest {

    static final String TOKEN = "tokenTOKENtokenTOKENtokenTOKENtokenTOKEN123";

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    EntityManager em;

    @BeforeEach
    void sink() {
        SmtpSink.start();
    }

    private UUID enqueue(String to) {
        return QuarkusTransaction.requiringNew().call(() ->
            outbox.enqueueWithToken(to, "password-reset", "en", Map.of("name", "Erika"), "reset-password", TOKEN));
    }

    private OutboxMail load(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(OutboxMail.class, id));
    }

    @Test
    void theTokenIsPutIntoTheMessageOnlyAndTheSealIsDroppedWhenSent() {
        String to = "sealed-" + UUID.randomUUID() + "@example.org";
        UUID id = enqueue(to);
        OutboxMail queued = load(id);
        assertFalse(queued.bodyText().contains(TOKEN));
        assertTrue(queued.bodyText().contains(MailOutbox.TOKEN_PLACEHOLDER));
        assertNotNull(queued.secretSealed());
        assertFalse(queued.secretSealed().contains(TOKEN));

        sender.deliverDue();
        String received = SmtpSink.body(SmtpSink.messagesTo(to).get(0));
        assertTrue(received.contains("/reset-password?token=" + TOKEN), received);
        OutboxMail sent = load(id);
        assertEquals(OutboxMail.Status.SENT, sent.status());
        assertNull(sent.secretSealed());
        assertFalse(sent.bodyText().contains(TOKEN));
    }

    @Test
    void aSealThatCannotBeOpenedGivesTheMailUpInsteadOfSendingAPlaceholder() {
        String to = "tampered-" + UUID.randomUUID() + "@example.org";
        UUID id = enqueue(to);
        // What a mail queued under a since-rotated signing key looks like to the current one.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox_mail set secret_sealed = 'v1:' || encode(decode(md5(id::text), 'hex') || decode(md5(id::text), 'hex'), 'base64') where id = ?1")
            .setParameter(1, id).executeUpdate());
        sender.deliverDue();
        assertTrue(SmtpSink.messagesTo(to).isEmpty());
        OutboxMail dead = load(id);
        assertEquals(OutboxMail.Status.DEAD, dead.status());
        assertNull(dead.secretSealed());
        assertTrue(dead.lastError().contains("cannot be opened"), dead.lastError());
    }

    @Test
    void aMailGivenUpAfterTheMaximumAttemptsDropsItsSeal() {
        OutboxMail mail = new OutboxMail("a@example.org", "s", "b " + MailOutbox.TOKEN_PLACEHOLDER, "password-reset",
            Instant.now());
        mail.sealSecret("v1:sealed");
        for (int i = 0; i < 2; i++) {
            mail.failed("421 try later", Instant.now(), Duration.ofSeconds(30), Duration.ofHours(1), 3);
            assertNotNull(mail.secretSealed(), "kept while a retry is due");
        }
        mail.failed("421 try later", Instant.now(), Duration.ofSeconds(30), Duration.ofHours(1), 3);
        assertEquals(OutboxMail.Status.DEAD, mail.status());
        assertNull(mail.secretSealed());
    }
}
