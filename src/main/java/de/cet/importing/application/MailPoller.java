package de.cet.importing.application;

import de.cet.importing.application.MailboxStore.Attachment;
import de.cet.importing.application.MailboxStore.Mail;
import de.cet.importing.application.MailboxStore.Mailbox;
import de.cet.importing.application.MailboxStore.Outcome;
import de.cet.importing.domain.format.StatementEntry;
import de.cet.importing.domain.mail.AlertTemplate;
import de.cet.importing.domain.mail.Attachments;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Polls the enabled mailboxes on a schedule (every instance runs it). A poll of one mailbox holds its row
 * locked (FOR NO KEY UPDATE SKIP LOCKED) so that a second instance skips the mailbox rather than reading
 * it too; each mail is then handled in a transaction of its own that first records it by (mailbox,
 * UIDVALIDITY, UID) — a unique row, so even two pollers reaching the same mail store it once: the second
 * insert waits for the first's commit and then does nothing — and stores what it produced (bank line or
 * receipts) in that same transaction. A mail the import or the ledger refuses is recorded as FAILED with
 * the reason in a transaction of its own and not tried again. When the folder's UIDVALIDITY changes, the
 * UIDs start again from 1: mails whose Message-ID was recorded before are recorded as KNOWN, not again.
 */
@ApplicationScoped
public class MailPoller {

    private static final Logger LOG = Logger.getLogger(MailPoller.class);

    /** What one poll of one mailbox did. */
    public record PollResult(boolean polled, int mails, String error) {}

    private final MailboxStore store;
    private final MailClient client;
    private final SecretSealer sealer;
    private final ImportService imports;
    private final ReceiptInbox receipts;
    private final Clock clock;
    private final int batch;

    MailPoller(MailboxStore store, MailClient client, SecretSealer sealer, ImportService imports, ReceiptInbox receipts,
               Clock clock, @ConfigProperty(name = "cet.importing.mail.batch-size") int batch) {
        this.store = store;
        this.client = client;
        this.sealer = sealer;
        this.imports = imports;
        this.receipts = receipts;
        this.clock = clock;
        this.batch = batch;
    }

    @Scheduled(every = "${cet.importing.mail.poll-interval}", delayed = "${cet.importing.mail.first-poll-delay}",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() ->
            store.all().stream().filter(Mailbox::enabled).map(Mailbox::id).toList());
        for (UUID id : ids) {
            poll(id);
        }
    }

    /** Polls one mailbox; {@code polled} false when another instance is polling it right now. */
    public PollResult poll(UUID mailboxId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Mailbox> claimed = store.claimForPoll(mailboxId);
            if (claimed.isEmpty()) {
                return new PollResult(false, 0, null);
            }
            Mailbox m = claimed.get();
            int handled = 0;
            long validity = m.uidValidity() == null ? 0 : m.uidValidity();
            String error = null;
            try {
                String password = sealer.open(m.id(), m.passwordSealed());
                MailClient.Batch fetched = client.fetch(new MailClient.Server(m.host(), m.port(), m.tls(), m.username(),
                    password, m.folder()), v -> store.lastUid(m.id(), v),
                    batch, receipts.maxBytes());
                validity = fetched.uidValidity();
                for (MailClient.Fetched mail : fetched.mails()) {
                    if (handle(m, validity, mail)) {
                        handled++;
                    }
                }
            } catch (MailClient.MailException e) {
                error = e.getMessage();
            } catch (IllegalStateException e) {
                error = "The stored password cannot be opened (the key changed): enter the password again.";
            }
            if (error != null) {
                LOG.warnf("Mailbox %s: poll failed: %s", m.id(), error);
            } else if (handled > 0) {
                LOG.infof("Mailbox %s: %d mail(s) processed", m.id(), handled);
            }
            store.pollDone(m.id(), validity, clock.instant(), error == null ? "OK" : "FAILED", error, handled);
            return new PollResult(true, handled, error);
        });
    }

    /** One mail, once; false when another poller had recorded it. */
    private boolean handle(Mailbox m, long validity, MailClient.Fetched mail) {
        UUID id = UUID.randomUUID();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!store.claimMail(record(id, validity, mail, Outcome.NOTHING, null), m.id())) {
                    return false;
                }
                if (mail.messageId() != null && store.knownUnderOtherValidity(m.id(), validity, mail.messageId())) {
                    store.finishMail(id, Outcome.KNOWN, "processed before the folder's UIDVALIDITY changed", null, List.of());
                    return true;
                }
                if (m.purpose() == MailboxStore.Purpose.BANK_ALERTS) {
                    alert(m, id, mail);
                } else {
                    receipts(m, id, mail);
                }
                return true;
            });
        } catch (RuntimeException refused) {
            // the import or the ledger refused what the mail holds; its claim rolled back with it
            String reason = reason(refused);
            LOG.warnf("Mailbox %s: mail UID %d not processed: %s", m.id(), mail.uid(), reason);
            return QuarkusTransaction.requiringNew().call(() ->
                store.claimMail(record(UUID.randomUUID(), validity, mail, Outcome.FAILED, reason), m.id()));
        }
    }

    private void alert(Mailbox m, UUID id, MailClient.Fetched mail) {
        Optional<AlertTemplate> template = AlertTemplate.choose(m.bankTemplate(), mail.subject(), mail.sender(), mail.text());
        if (template.isEmpty()) {
            store.finishMail(id, Outcome.NOTHING, "no bank alert template recognises the mail", null, List.of());
            return;
        }
        StatementEntry entry = template.get().read(mail.text());
        ImportService.ImportResult result = imports.importAlert(m.bookId(), m.createdBy(), m.accountId(), entry,
            (mail.messageId() + "\n" + mail.text()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String reason = result.duplicates() > 0 ? "the booking is in the inbox already"
            : result.suspected() > 0 ? "a possible duplicate: asked in the inbox" : null;
        store.finishMail(id, Outcome.BANK_LINES, reason, result.id(), List.of());
    }

    private void receipts(Mailbox m, UUID id, MailClient.Fetched mail) {
        List<Attachment> parts = new ArrayList<>();
        int stored = 0;
        int position = 0;
        for (MailClient.Part part : mail.attachments()) {
            position++;
            Optional<String> ignored = Attachments.ignored(part.bytes(), receipts.maxBytes());
            String kind = part.bytes() == null ? null : Attachments.kind(part.bytes());
            String name = Attachments.fileName(part.fileName(), position, kind);
            if (ignored.isPresent()) {
                parts.add(new Attachment(position, name, null, ignored.get()));
                continue;
            }
            parts.add(new Attachment(position, name, receipts.store(m.bookId(), m.createdBy(), name, part.bytes()), null));
            stored++;
        }
        String reason = mail.attachments().isEmpty() ? "no attachment"
            : stored == 0 ? "no attachment is a PDF, JPEG or PNG within the size limit" : null;
        store.finishMail(id, stored > 0 ? Outcome.RECEIPTS : Outcome.NOTHING, reason, null, parts);
    }

    private static Mail record(UUID id, long validity, MailClient.Fetched mail, Outcome outcome, String reason) {
        return new Mail(id, validity, mail.uid(), cut(mail.messageId(), 500), cut(mail.sender(), 320), cut(mail.subject(), 500),
            mail.sentAt(), outcome, cut(reason, 500), null, List.of(), null);
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        if (e instanceof de.cet.shared.error.CetException || e instanceof AlertTemplate.AlertException
            || e instanceof de.cet.importing.domain.format.StatementFileException) {
            return message;
        }
        return "the mail could not be processed (" + e.getClass().getSimpleName() + ")";
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
