package de.cet.identity.application;

import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.OneTimeToken;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.User;
import de.cet.shared.error.CetException;
import de.cet.shared.error.ProblemKind;
import de.cet.shared.logging.LogContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in: email and password, then (when the user has MFA) a TOTP or recovery code. Unknown address,
 * wrong password and disabled account all get the same answer after the same work. Failures are
 * throttled per account and per source address.
 */
@ApplicationScoped
public class AuthService {

    private final IdentityRepository repository;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final MfaService mfa;
    private final LoginThrottle throttle;
    private final SecurityEvents events;
    private final IdentityConfig config;
    private final Clock clock;

    AuthService(IdentityRepository repository, PasswordHasher hasher, SessionService sessions, MfaService mfa,
                LoginThrottle throttle, SecurityEvents events, IdentityConfig config, Clock clock) {
        this.repository = repository;
        this.hasher = hasher;
        this.sessions = sessions;
        this.mfa = mfa;
        this.throttle = throttle;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** Either tokens, or the MFA step's token. */
    public record LoginResult(SessionService.Tokens tokens, String mfaToken) {}

    public LoginResult login(String email, String password, ClientInfo client) {
        if (email == null || password == null || email.length() > 320 || password.length() > 4 * PasswordPolicy.MAX_LENGTH) {
            throw badCredentials();
        }
        LoginThrottle.Attempt attempt = throttle.attempt(LoginThrottle.account(email), LoginThrottle.source(client.ip()));
        Optional<User> found;
        boolean ok;
        try {
            found = QuarkusTransaction.requiringNew().call(() -> repository.userByEmail(email));
            if (found.isEmpty()) {
                hasher.verifyNothing(password);
                ok = false;
            } else {
                ok = hasher.verify(password, found.get().passwordHash()) && !found.get().disabled();
            }
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (!ok) {
            attempt.failed();
            found.ifPresent(u -> events.recordAlone(u.id(), SecurityEvent.Type.LOGIN_FAILED, client, "wrong password"));
            throw badCredentials();
        }
        attempt.succeeded();
        User user = found.get();
        // The rest of this sign-in's log lines name who signed in (the password proved it).
        LogContext.user(user.id());
        return QuarkusTransaction.requiringNew().call(() -> {
            User u = repository.user(user.id()).orElseThrow();
            if (u.totpEnabled()) {
                String token = Secrets.token(32);
                Instant now = clock.instant();
                repository.addOneTimeToken(new OneTimeToken(Secrets.sha256(token), OneTimeToken.Purpose.MFA_LOGIN,
                    u.id(), null, now, now.plus(config.mfaChallengeTtl())));
                return new LoginResult(null, token);
            }
            return new LoginResult(signedIn(u, client, false), null);
        });
    }

    /** The second step: the MFA token from {@link #login} and a TOTP or recovery code. */
    public SessionService.Tokens loginWithCode(String mfaToken, String code, ClientInfo client) {
        if (mfaToken == null || mfaToken.length() > 200 || code == null) {
            throw badCode();
        }
        String hash = Secrets.sha256(mfaToken);
        var challenge = QuarkusTransaction.requiringNew().call(() -> repository.oneTimeTokenForUpdate(hash)
            .filter(t -> t.usable(OneTimeToken.Purpose.MFA_LOGIN, clock.instant())).map(OneTimeToken::userId));
        if (challenge.isEmpty()) {
            throw badCode();
        }
        LoginThrottle.Attempt attempt = throttle.attempt(MfaService.throttleKey(challenge.get()),
            LoginThrottle.source(client.ip()));
        SessionService.Tokens tokens;
        try {
            tokens = QuarkusTransaction.requiringNew().call(() -> {
                var token = repository.oneTimeTokenForUpdate(hash).orElseThrow();
                Instant now = clock.instant();
                if (!token.usable(OneTimeToken.Purpose.MFA_LOGIN, now)) {
                    return null;
                }
                User user = repository.user(token.userId()).orElseThrow();
                if (user.disabled() || !mfa.verifyForLogin(user, code, client)) {
                    return null;
                }
                token.use(now);
                return signedIn(user, client, true);
            });
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (tokens == null) {
            attempt.failed();
            events.recordAlone(challenge.get(), SecurityEvent.Type.MFA_FAILED, client, "wrong code");
            throw badCode();
        }
        attempt.succeeded();
        return tokens;
    }

    private SessionService.Tokens signedIn(User user, ClientInfo client, boolean mfaComplete) {
        return signedIn(user, client, mfaComplete, client.userAgent());
    }

    /** Opens the session, records the sign-in and mails the notice; the passkey sign-in ends here too. */
    SessionService.Tokens signedIn(User user, ClientInfo client, boolean mfaComplete, String detail) {
        SessionService.Tokens tokens = sessions.open(user, client, mfaComplete);
        events.record(user.id(), SecurityEvent.Type.LOGIN_SUCCEEDED, client, detail);
        events.notify(user, "new-sign-in", client);
        return tokens;
    }

    static CetException badCredentials() {
        return new CetException(ProblemKind.UNAUTHENTICATED, "invalid-credentials", "Email or password is wrong.");
    }

    static CetException badCode() {
        return new CetException(ProblemKind.UNAUTHENTICATED, "invalid-mfa-code",
            "The code is wrong or was used already, or the sign-in step expired.");
    }
}
