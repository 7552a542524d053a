package de.cet.importing.application;

import de.cet.importing.domain.mail.AlertTemplate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where mailboxes and the mails fetched from them are kept (the port infrastructure implements). */
public interface MailboxStore {

    enum Purpose { BANK_ALERTS, RECEIPTS }

    enum Outcome { BANK_LINES, RECEIPTS, NOTHING, FAILED, KNOWN }

    /** A configured mailbox; the password only sealed. */
    record Mailbox(UUID id, String name, String host, int port, boolean tls, String username, String passwordSealed,
                   String folder, UUID bookId, UUID accountId, Purpose purpose, AlertTemplate bankTemplate,
                   boolean enabled, Long uidValidity, Instant lastPollAt, String lastPollResult, String lastPollError,
                   Integer lastPollMails, UUID createdBy, Instant createdAt, long version) {}

    /** A mail as recorded: what it was and what became of it. */
    record Mail(UUID id, long uidValidity, long uid, String messageId, String sender, String subject, Instant sentAt,
                Outcome outcome, String reason, UUID importId, List<Attachment> attachments, Instant processedAt) {}

    record Attachment(int position, String fileName, UUID receiptId, String ignored) {}

    List<Mailbox> all();

    Optional<Mailbox> find(UUID id);

    void insert(Mailbox m);

    /** False when the version is stale. */
    boolean update(Mailbox m);

    boolean delete(UUID id);

    boolean bookExists(UUID bookId);

    /**
     * The mailbox, locked (FOR NO KEY UPDATE SKIP LOCKED) for the rest of the transaction; empty when another
     * instance polls it right now (or it is gone). The lock still lets mails of the mailbox be inserted.
     */
    Optional<Mailbox> claimForPoll(UUID id);

    void pollDone(UUID id, long uidValidity, Instant at, String result, String error, int mails);

    /** The highest UID recorded under this UIDVALIDITY, 0 when none. */
    long lastUid(UUID mailboxId, long uidValidity);

    /** Whether a mail with this Message-ID was recorded under another UIDVALIDITY. */
    boolean knownUnderOtherValidity(UUID mailboxId, long uidValidity, String messageId);

    /**
     * Records the mail as being processed; false when it is recorded already (another poller, committed
     * meanwhile: the insert waits for it).
     */
    boolean claimMail(Mail mail, UUID mailboxId);

    void finishMail(UUID mailId, Outcome outcome, String reason, UUID importId, List<Attachment> attachments);

    List<Mail> recentMails(UUID mailboxId, int limit);
}
