package de.cet.identity.application;

import de.cet.books.application.MembershipService;
import de.cet.books.domain.BookRole;
import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.OneTimeToken;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.User;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.mail.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The signed-in user's own account: profile and language, password change (current password needed),
 * email change (password needed, new address verified by a mailed token, old address told), email
 * verification, security events.
 */
@ApplicationScoped
public class AccountService {

    /** Tokens that were mailed to an address and are worth nothing once the account has another. */
    private static final List<OneTimeToken.Purpose> ADDRESS_BOUND = List.of(OneTimeToken.Purpose.PASSWORD_RESET,
        OneTimeToken.Purpose.EMAIL_VERIFICATION, OneTimeToken.Purpose.EMAIL_CHANGE);

    private final IdentityRepository repository;
    private final MembershipService memberships;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final SessionService sessions;
    private final SecurityEvents events;
    private final LoginThrottle throttle;
    private final MailOutbox outbox;
    private final IdentityConfig config;
    private final Clock clock;

    AccountService(IdentityRepository repository, MembershipService memberships, PasswordHasher hasher,
                   PasswordPolicy policy, SessionService sessions, SecurityEvents events, LoginThrottle throttle,
                   MailOutbox outbox, IdentityConfig config, Clock clock) {
        this.repository = repository;
        this.memberships = memberships;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.events = events;
        this.throttle = throttle;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public record MembershipView(UUID bookId, String bookName, BookRole role, boolean signatory) {}

    public record Me(UUID id, String email, String displayName, String locale, boolean emailVerified,
                     boolean mfaEnabled, boolean instanceAdmin, List<MembershipView> memberships) {}

    public record EventView(UUID id, SecurityEvent.Type type, Instant occurredAt, String ip, String detail) {
        public static EventView of(SecurityEvent e) {
            return new EventView(e.id(), e.type(), e.occurredAt(), e.ip(), e.detail());
        }
    }

    @Transactional
    public Me me(UUID userId) {
        User u = user(userId);
        List<MembershipView> ms = memberships.membershipsOf(userId).stream()
            .map(m -> new MembershipView(m.bookId(), memberships.bookName(m.bookId()), m.role(), m.signatory()))
            .toList();
        return new Me(u.id(), u.email(), u.displayName(), u.locale(), u.emailVerified(), u.totpEnabled(),
            u.instanceAdmin(), ms);
    }

    @Transactional
    public Me changeProfile(UUID userId, String displayName, String locale) {
        List<FieldError> errors = new ArrayList<>();
        if (displayName != null && (displayName.isBlank() || displayName.strip().length() > 200)) {
            errors.add(new FieldError("displayName", "must have 1 to 200 characters"));
        }
        if (locale != null && !User.LOCALES.contains(locale)) {
            errors.add(new FieldError("locale", "must be de or en"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        user(userId).changeProfile(displayName, locale);
        return me(userId);
    }

    @Transactional
    public void changePassword(UUID userId, UUID currentSession, String currentPassword, String newPassword,
                               boolean endOtherSessions, ClientInfo client) {
        User u = user(userId);
        checkPassword(u, currentPassword, "currentPassword");
        policy.check("newPassword", newPassword, u.email(), u.displayName());
        u.changePassword(hasher.hash(newPassword));
        if (endOtherSessions) {
            sessions.revokeAll(userId, currentSession, "password-changed");
        }
        events.record(userId, SecurityEvent.Type.PASSWORD_CHANGED, client, null);
        events.notify(u, "password-changed", client);
    }

    /** Mails a verification token to the new address; the change happens when it is confirmed. */
    @Transactional
    public void requestEmailChange(UUID userId, String newEmail, String currentPassword, ClientInfo client) {
        User u = user(userId);
        if (!User.looksLikeEmail(newEmail)) {
            throw new InvalidInputException("newEmail", "must be an email address");
        }
        checkPassword(u, currentPassword, "currentPassword");
        String address = User.normalizeEmail(newEmail);
        Instant now = clock.instant();
        repository.invalidateOneTimeTokens(userId, OneTimeToken.Purpose.EMAIL_CHANGE, now);
        // Same answer whether the address is taken or not; a taken address simply cannot be confirmed.
        if (repository.userByEmail(address).isEmpty()) {
            String token = Secrets.token(32);
            repository.addOneTimeToken(new OneTimeToken(Secrets.sha256(token), OneTimeToken.Purpose.EMAIL_CHANGE,
                userId, address, now, now.plus(config.verificationTtl())));
            outbox.enqueueWithToken(address, "email-verification", u.locale(), Map.of(
                "name", u.displayName()), "verify-email", token);
        }
        events.record(userId, SecurityEvent.Type.EMAIL_CHANGE_REQUESTED, client, address);
    }

    /** Confirms an address with a mailed token: changes the account's email and tells the old address. */
    @Transactional
    public void confirmEmail(String token, ClientInfo client) {
        if (token == null || token.length() > 200) {
            throw invalidToken();
        }
        Instant now = clock.instant();
        OneTimeToken t = repository.oneTimeTokenForUpdate(Secrets.sha256(token))
            .filter(x -> x.usable(OneTimeToken.Purpose.EMAIL_CHANGE, now) || x.usable(OneTimeToken.Purpose.EMAIL_VERIFICATION, now))
            .orElseThrow(AccountService::invalidToken);
        User u = user(t.userId());
        String old = u.email();
        // A verification token proves the address it was mailed to; once that is not the account's
        // address any more, it proves nothing (and must not switch the account back to it).
        if (t.purpose() == OneTimeToken.Purpose.EMAIL_VERIFICATION && !t.email().equals(old)) {
            throw invalidToken();
        }
        t.use(now);
        if (!t.email().equals(old)) {
            if (repository.userByEmail(t.email()).isPresent()) {
                throw new ConflictException("email-taken", "Another account uses this address now.");
            }
            u.changeEmail(t.email());
            // Every token mailed to the old address, or for another change, is void with the address.
            for (OneTimeToken.Purpose p : ADDRESS_BOUND) {
                repository.invalidateOneTimeTokens(u.id(), p, now);
            }
            outbox.enqueue(old, "email-changed-notice", u.locale(), Map.of(
                "name", u.displayName(), "newEmail", t.email()));
            events.record(u.id(), SecurityEvent.Type.EMAIL_CHANGED, client, old + " -> " + t.email());
        } else {
            u.changeEmail(old);
            events.record(u.id(), SecurityEvent.Type.EMAIL_VERIFIED, client, old);
        }
    }

    @Transactional
    public List<EventView> events(UUID userId, int offset, int limit) {
        return repository.events(userId, offset, limit).stream().map(EventView::of).toList();
    }

    @Transactional
    public long countEvents(UUID userId) {
        return repository.countEvents(userId);
    }

    /** The current password of a signed-in user, throttled per account; 400 on the field when wrong. */
    void checkPassword(User u, String password, String field) {
        LoginThrottle.Attempt attempt = throttle.attempt("password:" + u.id());
        boolean ok;
        try {
            ok = password != null && hasher.verify(password, u.passwordHash());
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (!ok) {
            attempt.failed();
            throw new InvalidInputException(field, "is not your current password");
        }
        attempt.succeeded();
    }

    private User user(UUID id) {
        return repository.user(id).orElseThrow(() -> new NotFoundException("user-not-found", "No such user."));
    }

    private static NotFoundException invalidToken() {
        return new NotFoundException("invalid-token", "The token is unknown, used or expired.");
    }
}
