package de.cet.identity.application;

import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.OneTimeToken;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.User;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.mail.MailOutbox;
import de.cet.shared.mail.MailTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Password reset by mail. The request answers the same whether the address exists or not; the token is
 * single-use and short-lived; confirming sets the password and ends every session, and signs nobody in
 * (MFA still applies at the next sign-in).
 */
@ApplicationScoped
public class PasswordResetService {

    private final IdentityRepository repository;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final SessionService sessions;
    private final SecurityEvents events;
    private final LoginThrottle throttle;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final IdentityConfig config;
    private final Clock clock;

    PasswordResetService(IdentityRepository repository, PasswordHasher hasher, PasswordPolicy policy,
                         SessionService sessions, SecurityEvents events, LoginThrottle throttle, MailOutbox outbox,
                         MailTemplates templates, IdentityConfig config, Clock clock) {
        this.repository = repository;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.events = events;
        this.throttle = throttle;
        this.outbox = outbox;
        this.templates = templates;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public void request(String email, ClientInfo client) {
        if (!User.looksLikeEmail(email)) {
            return;
        }
        repository.userByEmail(email).filter(u -> !u.disabled()).ifPresent(u -> {
            Instant now = clock.instant();
            repository.invalidateOneTimeTokens(u.id(), OneTimeToken.Purpose.PASSWORD_RESET, now);
            String token = Secrets.token(32);
            repository.addOneTimeToken(new OneTimeToken(Secrets.sha256(token), OneTimeToken.Purpose.PASSWORD_RESET,
                u.id(), u.email(), now, now.plus(config.passwordResetTtl())));
            outbox.enqueue(u.email(), "password-reset", u.locale(), Map.of(
                "name", u.displayName(),
                "link", templates.link("reset-password", token),
                "token", token));
            events.record(u.id(), SecurityEvent.Type.PASSWORD_RESET_REQUESTED, client, null);
        });
    }

    @Transactional
    public void confirm(String token, String newPassword, ClientInfo client) {
        if (token == null || token.length() > 200) {
            throw invalid();
        }
        Instant now = clock.instant();
        OneTimeToken t = repository.oneTimeTokenForUpdate(Secrets.sha256(token))
            .filter(x -> x.usable(OneTimeToken.Purpose.PASSWORD_RESET, now))
            .orElseThrow(PasswordResetService::invalid);
        User u = repository.user(t.userId()).orElseThrow(PasswordResetService::invalid);
        policy.check("newPassword", newPassword, u.email(), u.displayName());
        t.use(now);
        u.changePassword(hasher.hash(newPassword));
        sessions.revokeAll(u.id(), null, "password-reset");
        throttle.succeeded(LoginThrottle.account(u.email()));
        events.record(u.id(), SecurityEvent.Type.PASSWORD_RESET, client, null);
        events.notify(u, "password-changed", client);
    }

    private static NotFoundException invalid() {
        return new NotFoundException("invalid-token", "The reset token is unknown, used or expired.");
    }
}
