package de.cet.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A mail waiting for (or done with) delivery. Written in the transaction of the change that causes it,
 * so a mail exists exactly when its cause committed; delivered later with retries.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    public enum Status { PENDING, SENT, DEAD }

    @Id
    private UUID id;

    @Column(name = "recipient", columnDefinition = "text", nullable = false)
    private String recipient;

    @Column(name = "subject", columnDefinition = "text", nullable = false)
    private String subject;

    @Column(name = "body_text", columnDefinition = "text", nullable = false)
    private String bodyText;

    @Column(name = "template", columnDefinition = "text")
    private String template;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", columnDefinition = "text", nullable = false)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", columnDefinition = "text")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** A file sent along (e.g. a backup archive), referenced by path so the row stays small. */
    @Column(name = "attachment_path", columnDefinition = "text")
    private String attachmentPath;

    @Column(name = "attachment_name", columnDefinition = "text")
    private String attachmentName;

    @Column(name = "attachment_type", columnDefinition = "text")
    private String attachmentType;

    /** The mail's one-time token, sealed, until the mail is sent or given up; never the token itself. */
    @Column(name = "secret_sealed", columnDefinition = "text")
    private String secretSealed;

    protected OutboxMail() {}

    OutboxMail(String recipient, String subject, String bodyText, String template, Instant now) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.template = template;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    OutboxMail(String recipient, String subject, String bodyText, String template, Instant now,
               String attachmentPath, String attachmentName, String attachmentType) {
        this(recipient, subject, bodyText, template, now);
        this.attachmentPath = attachmentPath;
        this.attachmentName = attachmentName;
        this.attachmentType = attachmentType;
    }

    void sealSecret(String sealed) {
        this.secretSealed = sealed;
    }

    void delivered(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
        secretSealed = null;
    }

    /** Gives up at once (the mail can never be sent as it is, e.g. its sealed token cannot be opened). */
    void abandon(String error) {
        attempts++;
        lastError = error;
        status = Status.DEAD;
        secretSealed = null;
    }

    /** Schedules the next attempt with exponential backoff; gives up after {@code maxAttempts}. */
    void failed(String error, Instant now, Duration initialBackoff, Duration maxBackoff, int maxAttempts) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = Status.DEAD;
            // A token nobody will receive is only a risk at rest.
            secretSealed = null;
            return;
        }
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = initialBackoff.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
    }

    public UUID id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String template() {
        return template;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String secretSealed() {
        return secretSealed;
    }

    public String attachmentPath() {
        return attachmentPath;
    }

    public String attachmentName() {
        return attachmentName;
    }

    public String attachmentType() {
        return attachmentType;
    }
}
