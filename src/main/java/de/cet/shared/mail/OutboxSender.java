package de.cet.shared.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.File;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox mail. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances
 * never send the same mail; a failure schedules a retry with backoff, so an SMTP outage delays mail
 * and never loses it. Delivery is at least once: a crash between the SMTP answer and the commit sends
 * that one mail again. A mail's one-time token is stored only sealed and is put into the message in
 * memory; the seal is dropped when the mail is sent or given up, so no token stays at rest. Each round
 * is a trace span ({@code outbox deliver}) with one child per mail ({@code outbox send}, named by the
 * mail's id and template, never its recipient), under which the round's SQL statements appear.
 */
@Startup
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    private final EntityManager em;
    private final Mailer mailer;
    private final MailSecrets secrets;
    private final Clock clock;
    private final MailConfig config;
    private final Tracer tracer;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();

    OutboxSender(EntityManager em, Mailer mailer, MailSecrets secrets, Clock clock, MailConfig config,
                 MeterRegistry registry, Tracer tracer) {
        this.tracer = tracer;
        this.em = em;
        this.mailer = mailer;
        this.secrets = secrets;
        this.clock = clock;
        this.config = config;
        Gauge.builder("cet_outbox_pending", pending, AtomicLong::get)
            .description("Mails waiting for delivery").register(registry);
        Gauge.builder("cet_outbox_dead", dead, AtomicLong::get)
            .description("Mails given up after the maximum number of attempts").register(registry);
    }

    @Scheduled(every = "${cet.mail.poll-interval}", delayed = "2s",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        deliverDue();
    }

    /** Delivers every mail that is due now; returns how many were sent. */
    public int deliverDue() {
        Span round = tracer.spanBuilder("outbox deliver").startSpan();
        try (Scope scope = round.makeCurrent()) {
            int sent = 0;
            while (true) {
                Batch batch = QuarkusTransaction.requiringNew().call(this::deliverBatch);
                sent += batch.sent();
                if (batch.stop()) {
                    break;
                }
            }
            QuarkusTransaction.requiringNew().run(this::refreshGauges);
            round.setAttribute("cet.outbox.sent", sent);
            return sent;
        } catch (RuntimeException e) {
            round.recordException(e);
            round.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            round.end();
        }
    }

    private Batch deliverBatch() {
        Instant now = clock.instant();
        List<OutboxMail> due = em.createQuery("""
                from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now
                order by m.nextAttemptAt, m.createdAt""", OutboxMail.class)
            .setParameter("pending", OutboxMail.Status.PENDING)
            .setParameter("now", now)
            .setMaxResults(config.batchSize())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2) // SKIP LOCKED
            .getResultList();
        int sent = 0;
        for (OutboxMail mail : due) {
            Span span = tracer.spanBuilder("outbox send").setAttribute("cet.mail.id", mail.id().toString())
                .setAttribute("cet.mail.template", mail.template()).startSpan();
            try (Scope scope = span.makeCurrent()) {
                String body;
                try {
                    body = bodyOf(mail);
                } catch (GeneralSecurityException e) {
                    mail.abandon("its one-time token cannot be opened (the access-token key changed since it was queued)");
                    LOG.errorf("Mail %s given up: its sealed token cannot be opened with the current key", mail.id());
                    span.setStatus(StatusCode.ERROR, "sealed token cannot be opened");
                    continue;
                }
                try {
                    mailer.send(toMail(mail, body));
                    mail.delivered(clock.instant());
                    sent++;
                } catch (RuntimeException e) {
                    mail.failed(e.getMessage(), clock.instant(), config.backoffInitial(), config.backoffMax(), config.maxAttempts());
                    LOG.warnf("Mail %s to be retried after attempt %d: %s", mail.id(), mail.attempts(), e.getMessage());
                    span.setStatus(StatusCode.ERROR, "SMTP delivery failed");
                    // The server is probably down; leave the rest of the batch for the next round.
                    return new Batch(sent, true);
                }
            } finally {
                span.end();
            }
        }
        return new Batch(sent, due.size() < config.batchSize());
    }

    /** The body as the recipient gets it: with the token in place of its placeholder, in memory only. */
    private String bodyOf(OutboxMail mail) throws GeneralSecurityException {
        if (mail.secretSealed() == null) {
            return mail.bodyText();
        }
        return mail.bodyText().replace(MailOutbox.TOKEN_PLACEHOLDER, secrets.open(mail.id(), mail.secretSealed()));
    }

    private static Mail toMail(OutboxMail mail, String body) {
        if (mail.attachmentPath() == null) {
            return Mail.withText(mail.recipient(), mail.subject(), body);
        }
        File file = new File(mail.attachmentPath());
        if (!file.isFile()) {
            // Sent anyway: the mail's news (e.g. "a backup was made") matters more than the file.
            return Mail.withText(mail.recipient(), mail.subject(), body
                + "\n\n[The attachment " + mail.attachmentName() + " no longer exists and could not be sent.]");
        }
        return Mail.withText(mail.recipient(), mail.subject(), body)
            .addAttachment(mail.attachmentName(), file,
                mail.attachmentType() == null ? "application/octet-stream" : mail.attachmentType());
    }

    private void refreshGauges() {
        pending.set(em.createQuery("select count(m) from OutboxMail m where m.status = :s", Long.class)
            .setParameter("s", OutboxMail.Status.PENDING).getSingleResult());
        dead.set(em.createQuery("select count(m) from OutboxMail m where m.status = :s", Long.class)
            .setParameter("s", OutboxMail.Status.DEAD).getSingleResult());
    }

    private record Batch(int sent, boolean stop) {}
}
