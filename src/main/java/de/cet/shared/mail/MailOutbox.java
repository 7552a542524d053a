package de.cet.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Where every context hands over a mail. Enqueuing requires the caller's transaction: the mail is
 * stored with the change that causes it, and {@link OutboxSender} delivers it after commit.
 */
@ApplicationScoped
public class MailOutbox {

    private final EntityManager em;
    private final MailTemplates templates;
    private final Clock clock;

    MailOutbox(EntityManager em, MailTemplates templates, Clock clock) {
        this.em = em;
        this.templates = templates;
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
