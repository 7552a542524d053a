package de.cet.importing.application;

import java.time.Instant;
import java.util.List;
import java.util.function.LongUnaryOperator;

/** Reads a mailbox folder over IMAP (the port infrastructure implements with Angus Mail). */
public interface MailClient {

    record Server(String host, int port, boolean tls, String username, String password, String folder) {
        @Override
        public String toString() {
            return "Server[" + username + "@" + host + ":" + port + "/" + folder + "]"; // never the password
        }
    }

    record Part(String fileName, byte[] bytes) {}

    /** One mail: its UID, headers, plain text and attachments (each read at most one byte beyond the limit). */
    record Fetched(long uid, String messageId, String sender, String subject, Instant sentAt, String text,
                   List<Part> attachments) {}

    record Batch(long uidValidity, List<Fetched> mails) {}

    /**
     * The folder's UIDVALIDITY and up to {@code max} mails with a UID above {@code afterUid.applyAsLong(uidValidity)},
     * oldest first.
     *
     * @throws MailException with a message safe to show and log (never the password)
     */
    Batch fetch(Server server, LongUnaryOperator afterUid, int max, long maxAttachmentBytes);

    /** A connection, log-in and folder check only. */
    void check(Server server);

    /** What went wrong talking to the server, in words safe for a log line and a problem document. */
    final class MailException extends RuntimeException {
        public MailException(String message) {
            super(message, null, false, false);
        }
    }
}
