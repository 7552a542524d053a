package de.cet.shared.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.testing.SmtpSink;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class OutboxAttachmentTest {

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxSender sender;

    @TempDir
    Path temp;

    @BeforeEach
    void cleanSink() {
        SmtpSink.clear();
        sender.deliverDue();
        SmtpSink.clear();
    }

    @Test
    void aFileReferencedByPathIsAttachedAtDelivery() throws Exception {
        String to = "attach-" + UUID.randomUUID() + "@example.org";
        byte[] content = {0, 1, 2, (byte) 0xff, 'P', 'G', 'P'};
        Path file = Files.write(temp.resolve("archive.zip.pgp"), content);
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueueWithAttachment(to, "outbox-check", "en",
            Map.of("name", "Erika"), file, "archive.zip.pgp", "application/pgp-encrypted"));

        sender.deliverDue();

        List<MimeMessage> received = SmtpSink.messagesTo(to);
        assertEquals(1, received.size());
        MimeMultipart parts = (MimeMultipart) received.get(0).getContent();
        assertEquals("archive.zip.pgp", parts.getBodyPart(1).getFileName());
        assertArrayEquals(content, parts.getBodyPart(1).getInputStream().readAllBytes());
    }

    @Test
    void aMailWhoseFileIsGoneIsSentWithoutItAndSaysSo() throws Exception {
        String to = "gone-" + UUID.randomUUID() + "@example.org";
        Path file = Files.writeString(temp.resolve("old.zip.pgp"), "x");
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueueWithAttachment(to, "outbox-check", "en",
            Map.of("name", "Erika"), file, "old.zip.pgp", "application/pgp-encrypted"));
        Files.delete(file);

        sender.deliverDue();

        List<MimeMessage> received = SmtpSink.messagesTo(to);
        assertEquals(1, received.size());
        assertTrue(SmtpSink.body(received.get(0)).contains("old.zip.pgp no longer exists"), SmtpSink.body(received.get(0)));
    }
}
