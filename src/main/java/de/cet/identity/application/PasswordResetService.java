package de.cet.identity.application;

import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.OneTimeToken;
import de.cet.identity.domain.PasswordResetRequest;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.User;
import de.cet.shared.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Password reset by mail. A request only stores what was asked for (the same work for every address,
 * so neither its answer nor its timing tells whether an account exists); {@link PasswordResetMails}
 * sends the mail, within limits per address and per source. A token is bound to the address it was
 * mailed to, short-lived and single-use, and several may be valid at once; confirming one sets the
 * password, voids the others and ends every session, and signs nobody in (MFA still applies at the
 * next sign-in).
 */
@ApplicationScoped
public class PasswordResetService {

    private final IdentityRepository repository;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final SessionService sessions;
    private final SecurityEvents events;
    private final LoginThrottle throttle;
    private final PasswordResetMails mails;
    private final Clock clock;

    PasswordResetService(IdentityRepository repository, PasswordHasher hasher, PasswordPolicy policy,
                         SessionService sessions, SecurityEvents events, LoginThrottle throttle,
                         PasswordResetMails mails, Clock clock) {
        this.repository = repository;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.events = events;
        this.throttle = throttle;
        this.mails = mails;
        this.clock = clock;
    }

    /** Stores the request (durably: a crash before the mail loses nothing) and has it processed after commit. */
    @Transactional
    public void request(String email, ClientInfo client) {
        if (!User.looksLikeEmail(email)) {
            return;
        }
        repository.addPasswordResetRequest(new PasswordResetRequest(email, client.ip(), clock.instant()));
        mails.afterCommit();
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
        // The token proves control of the address it was mailed to, which must still be the account's.
        if (!u.email().equals(t.email())) {
            throw invalid();
        }
        policy.check("newPassword", newPassword, u.email(), u.displayName());
        t.use(now);
        repository.invalidateOneTimeTokens(u.id(), OneTimeToken.Purpose.PASSWORD_RESET, now);
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
