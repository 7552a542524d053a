package de.cet.identity.application;

import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.User;
import de.cet.shared.mail.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Records security events and mails the security notifications (new sign-in, password, email, MFA). */
@ApplicationScoped
public class SecurityEvents {

    private final IdentityRepository repository;
    private final MailOutbox outbox;
    private final Event<SecurityNoticeIssued> issued;
    private final Clock clock;

    SecurityEvents(IdentityRepository repository, MailOutbox outbox, Event<SecurityNoticeIssued> issued, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.issued = issued;
        this.clock = clock;
    }

    /** Records within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID userId, SecurityEvent.Type type, ClientInfo client, String detail) {
        repository.addEvent(new SecurityEvent(userId, type, clock.instant(), client == null ? null : client.ip(), detail));
    }

    /** Records even though the caller's transaction will roll back (failed attempts). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(UUID userId, SecurityEvent.Type type, ClientInfo client, String detail) {
        record(userId, type, client, detail);
    }

    /** Mails the user a security notice in their language, with the event and the source address. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(User user, String what, ClientInfo client) {
        String ip = client == null || client.ip() == null ? "-" : client.ip();
        java.time.Instant now = clock.instant();
        outbox.enqueue(user.email(), "security-notice", user.locale(), Map.of(
            "name", user.displayName(),
            "what", what,
            "ip", ip,
            "time", now.toString()));
        issued.fire(new SecurityNoticeIssued(user.id(), what, ip, now));
    }
}
