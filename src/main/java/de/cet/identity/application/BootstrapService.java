package de.cet.identity.application;

import de.cet.identity.domain.IdentityRepository;
import de.cet.shared.mail.MailTemplates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * First start: while no user exists, the configured address gets an invitation as instance
 * administrator (mailed through the outbox, link logged). Never again once a user exists; a still-open
 * bootstrap invitation is not repeated on restart.
 */
@ApplicationScoped
public class BootstrapService {

    private static final Logger LOG = Logger.getLogger(BootstrapService.class);

    private final IdentityRepository repository;
    private final InvitationService invitations;
    private final MailTemplates templates;
    private final EntityManager em;
    private final Optional<String> adminEmail;

    BootstrapService(IdentityRepository repository, InvitationService invitations, MailTemplates templates,
                     EntityManager em, @ConfigProperty(name = "cet.bootstrap-admin-email") Optional<String> adminEmail) {
        this.repository = repository;
        this.invitations = invitations;
        this.templates = templates;
        this.em = em;
        this.adminEmail = adminEmail;
    }

    void onStart(@Observes StartupEvent start) {
        adminEmail.filter(e -> !e.isBlank()).ifPresent(this::inviteAdministratorIfNoUser);
    }

    /** Creates the bootstrap invitation when there is no user and no open one; answers its token if created. */
    @Transactional
    public Optional<String> inviteAdministratorIfNoUser(String email) {
        // Several instances may start at once: one creates the invitation.
        em.createNativeQuery("select pg_advisory_xact_lock(7243001)").getSingleResult();
        if (repository.anyUser()) {
            return Optional.empty();
        }
        Number open = (Number) em.createNativeQuery("select count(*) from identity_invitation where instance_admin "
            + "and accepted_at is null and revoked_at is null and expires_at > now()").getSingleResult();
        if (open.longValue() > 0) {
            LOG.info("No user exists yet; the bootstrap invitation sent earlier is still open.");
            return Optional.empty();
        }
        String token = invitations.inviteInstanceAdministrator(email, MailTemplates.DEFAULT_LANGUAGE);
        LOG.infof("No user exists yet: invited %s as instance administrator. Accept at %s", email,
            templates.link("accept-invitation", token));
        return Optional.of(token);
    }
}
