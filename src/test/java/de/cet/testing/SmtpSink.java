package de.cet.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A real SMTP server (GreenMail) on the port the application is configured to send to. Tests start,
 * stop and restart it to see how the outbox behaves when the server is away.
 */
public final class SmtpSink {

    private static GreenMail server;

    private SmtpSink() {}

    public static synchronized void start() {
        if (server == null) {
            int port = ConfigProvider.getConfig().getValue(TestInfrastructure.SMTP_PORT_PROPERTY, Integer.class);
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized void clear() {
        start();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message received since the server (re)started or was cleared. */
    public static synchronized List<MimeMessage> messages() {
        start();
        return Arrays.asList(server.getReceivedMessages());
    }

    public static List<MimeMessage> messagesTo(String address) {
        return messages().stream().filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
