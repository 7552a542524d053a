package de.cet.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where every context hands over a mail. Enqueuing requires the caller's transaction: the mail is
 * stored with the change that causes it, and {@link OutboxSender} delivers it after commit.
 */
@ApplicationScoped
public class MailOutbox {

    /**
     * Stands for the token in a stored body; {@link OutboxSender} puts the token in its place only in the
     * message it hands to the SMTP server.
     */
    static final String TOKEN_PLACEHOLDER = "[[cet-one-time-token]]";

    private final EntityManager em;
    private final MailTemplates templates;
    private final MailSecrets secrets;
    private final Clock clock;

    MailOutbox(EntityManager em, MailTemplates templates, MailSecrets secrets, Clock clock) {
        this.em = em;
        this.templates = templates;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Renders {@code template} in {@code language} ("de" or "en") and queues it for {@code to}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(String to, String template, String language, Map<String, Object> data) {
        MailTemplates.RenderedMail mail = templates.render(template, language, data);
        OutboxMail entry = new OutboxMail(to, mail.subject(), mail.body(), template, clock.instant());
        em.persist(entry);
        return entry.id();
    }

    /**
     * Like {@link #enqueue}, for a mail that carries a one-time {@code token}: the template gets
     * {@code token} and {@code link} (the web page {@code linkPage} with the token), but the stored body
     * holds a placeholder and the token is kept only sealed (see {@link MailSecrets}) until the mail is
     * sent or given up. So no token is readable in the database or in a backup.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueueWithToken(String to, String template, String language, Map<String, Object> data,
                                 String linkPage, String token) {
        Map<String, Object> all = new HashMap<>(data);
        all.put("token", TOKEN_PLACEHOLDER);
        all.put("link", templates.link(linkPage, TOKEN_PLACEHOLDER));
        MailTemplates.RenderedMail mail = templates.render(template, language, all);
        OutboxMail entry = new OutboxMail(to, mail.subject(), mail.body(), template, clock.instant());
        entry.sealSecret(secrets.seal(entry.id(), token));
        em.persist(entry);
        return entry.id();
    }

    /**
     * Like {@link #enqueue}, with the file at {@code attachment} sent along as {@code fileName}. The file
     * is read at delivery time; if it is gone by then, the mail goes out without it and says so.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueueWithAttachment(String to, String template, String language, Map<String, Object> data,
                                      Path attachment, String fileName, String contentType) {
        MailTemplates.RenderedMail mail = templates.render(template, language, data);
        OutboxMail entry = new OutboxMail(to, mail.subject(), mail.body(), template, clock.instant(),
            attachment.toAbsolutePath().toString(), fileName, contentType);
        em.persist(entry);
        return entry.id();
    }
}
