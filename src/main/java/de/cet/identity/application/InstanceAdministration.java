package de.cet.identity.application;

import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * What other contexts may ask identity about the instance's administration: who the administrators
 * are (to tell them when something fails) and whether a token is the open bootstrap invitation of an
 * instance that has no users yet (which may authorise a restore onto a fresh server).
 */
@ApplicationScoped
public class InstanceAdministration {

    private final IdentityRepository repository;
    private final Clock clock;

    InstanceAdministration(IdentityRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public List<String> administratorEmails() {
        return repository.activeInstanceAdministrators().stream().map(User::email).toList();
    }

    /** True only while no user exists and {@code token} is the open instance-administrator invitation. */
    @Transactional
    public boolean isOpenBootstrapInvitation(String token) {
        if (token == null || token.isBlank() || repository.anyUser()) {
            return false;
        }
        return repository.invitationByTokenForUpdate(Secrets.sha256(token))
            .filter(i -> i.instanceAdmin() && i.bookId() == null && i.isOpen(clock.instant()))
            .isPresent();
    }
}
