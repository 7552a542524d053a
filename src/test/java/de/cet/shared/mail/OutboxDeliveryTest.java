package de.cet.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.testing.MutableClock;
import de.cet.testing.SmtpSink;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxDeliveryTest {

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    EntityManager em;

    @Inject
    MutableClock clock;

    @BeforeEach
    void cleanSink() {
        SmtpSink.clear();
        sender.deliverDue(); // flush whatever other tests left due
        SmtpSink.clear();
    }

    @AfterEach
    void restore() {
        SmtpSink.start();
        clock.reset();
    }

    private UUID enqueue(String to, String language) {
        return QuarkusTransaction.requiringNew().call(() ->
            outbox.enqueue(to, "outbox-check", language, Map.of("name", "Erika")));
    }

    private OutboxMail load(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(OutboxMail.class, id));
    }

    @Test
    void queuedMailIsDeliveredInTheRecipientsLanguage() throws Exception {
        String to = "erika-" + UUID.randomUUID() + "@example.org";
        UUID id = enqueue(to, "de");

        sender.deliverDue();

        List<MimeMessage> received = SmtpSink.messagesTo(to);
        assertEquals(1, received.size());
        assertEquals("Outbox-Prüfung für Erika", received.get(0).getSubject());
        assertTrue(SmtpSink.body(received.get(0)).contains("/check"));
        assertEquals(OutboxMail.Status.SENT, load(id).status());
        assertNotNull(load(id).sentAt());
    }

    @Test
    void mailOfARolledBackChangeIsNeverSent() {
        String to = "ghost-" + UUID.randomUUID() + "@example.org";
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(to, "outbox-check", "en", Map.of("name", "Ghost"));
            throw new IllegalStateException("the change failed");
        }));
        sender.deliverDue();
        assertEquals(0, SmtpSink.messagesTo(to).size());
    }

    @Test
    void enqueuingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class,
            () -> outbox.enqueue("x@example.org", "outbox-check", "en", Map.of("name", "X")));
    }

    @Test
    void mailWaitsWhileSmtpIsDownAndIsDeliveredOnceWhenItReturns() {
        String to = "patient-" + UUID.randomUUID() + "@example.org";
        SmtpSink.stop();
        UUID id = enqueue(to, "en");

        sender.deliverDue();

        OutboxMail waiting = load(id);
        assertEquals(OutboxMail.Status.PENDING, waiting.status());
        assertEquals(1, waiting.attempts());
        assertNotNull(waiting.lastError());
        assertTrue(waiting.nextAttemptAt().isAfter(clock.instant()), "a retry is scheduled with backoff");

        SmtpSink.start();
        sender.deliverDue();
        assertEquals(0, SmtpSink.messagesTo(to).size(), "not before the backoff has passed");

        clock.advance(Duration.ofMinutes(5));
        sender.deliverDue();
        sender.deliverDue();

        assertEquals(1, SmtpSink.messagesTo(to).size(), "delivered exactly once");
        assertEquals(OutboxMail.Status.SENT, load(id).status());
    }

    @Test
    void backoffGrowsAndIsCapped() {
        OutboxMail mail = new OutboxMail("a@example.org", "s", "b", null, clock.instant());
        var now = clock.instant();
        mail.failed("down", now, Duration.ofSeconds(30), Duration.ofHours(1), 60);
        assertEquals(now.plusSeconds(30), mail.nextAttemptAt());
        mail.failed("down", now, Duration.ofSeconds(30), Duration.ofHours(1), 60);
        assertEquals(now.plusSeconds(60), mail.nextAttemptAt());
        for (int i = 0; i < 20; i++) {
            mail.failed("down", now, Duration.ofSeconds(30), Duration.ofHours(1), 60);
        }
        assertEquals(now.plus(Duration.ofHours(1)), mail.nextAttemptAt());
        assertEquals(OutboxMail.Status.PENDING, mail.status());
    }

    @Test
    void mailIsGivenUpAfterTheMaximumAttempts() {
        OutboxMail mail = new OutboxMail("a@example.org", "s", "b", null, clock.instant());
        for (int i = 0; i < 3; i++) {
            mail.failed("550 no such user", clock.instant(), Duration.ofSeconds(30), Duration.ofHours(1), 3);
        }
        assertEquals(OutboxMail.Status.DEAD, mail.status());
    }
}
