package de.cet.identity.application;

import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.Passkey;
import de.cet.identity.domain.PasskeyCeremony;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.User;
import de.cet.shared.error.CetException;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.error.ProblemKind;
import de.cet.shared.logging.LogContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Passkeys (ADR 0016): registering one needs the current password; signing in with one opens the same
 * session and tokens as password + TOTP, because a user-verified passkey is itself two factors. Each
 * ceremony's challenge is spent by the first call that finishes it, whatever that call's outcome, so an
 * answer can never be replayed; the WebAuthn checks themselves are the {@link WebAuthnVerifier}'s.
 */
@ApplicationScoped
public class PasskeyService {

    private static final Logger LOG = Logger.getLogger(PasskeyService.class);
    private static final int MAX_CREDENTIAL_JSON = 64 * 1024;

    private final IdentityRepository repository;
    private final WebAuthnVerifier webAuthn;
    private final AccountService accounts;
    private final AuthService auth;
    private final SecurityEvents events;
    private final LoginThrottle throttle;
    private final IdentityConfig config;
    private final Clock clock;

    PasskeyService(IdentityRepository repository, WebAuthnVerifier webAuthn, AccountService accounts, AuthService auth,
                   SecurityEvents events, LoginThrottle throttle, IdentityConfig config, Clock clock) {
        this.repository = repository;
        this.webAuthn = webAuthn;
        this.accounts = accounts;
        this.auth = auth;
        this.events = events;
        this.throttle = throttle;
        this.config = config;
        this.clock = clock;
    }

    /** The options a browser passes to navigator.credentials.create/get, and the ceremony to finish. */
    public record Options(UUID ceremonyId, String browserOptionsJson) {}

    public record PasskeyView(UUID id, String name, Instant createdAt, Instant lastUsedAt, boolean backedUp) {
        static PasskeyView of(Passkey p) {
            return new PasskeyView(p.id(), p.name(), p.createdAt(), p.lastUsedAt(), p.backedUp());
        }
    }

    /** Starts a registration for the signed-in user in this session, after checking the current password. */
    @Transactional
    public Options beginRegistration(UUID userId, UUID sessionId, String currentPassword) {
        if (sessionId == null) {
            throw new CetException(ProblemKind.FORBIDDEN, "session-required", "Registering a passkey needs a signed-in session.");
        }
        User user = repository.user(userId).orElseThrow(() -> new NotFoundException("user-not-found", "No such user."));
        accounts.checkPassword(user, currentPassword, "currentPassword");
        List<String> existing = repository.passkeys(userId).stream().map(Passkey::credentialId).toList();
        var started = webAuthn.startRegistration(user.id(), user.email(), user.displayName(), existing);
        PasskeyCeremony ceremony = PasskeyCeremony.registration(userId, sessionId, started.requestJson(), clock.instant(),
            config.passkeys().challengeTtl());
        repository.addPasskeyCeremony(ceremony);
        return new Options(ceremony.id(), started.browserOptionsJson());
    }

    /** Verifies the browser's answer to {@link #beginRegistration} and stores the passkey. */
    public PasskeyView finishRegistration(UUID userId, UUID sessionId, UUID ceremonyId, String name, String credentialJson,
                                          ClientInfo client) {
        String normalized = Passkey.normalizeName(name);
        if (normalized == null) {
            throw new InvalidInputException("name", "must not contain control characters");
        }
        checkSize(credentialJson);
        String requestJson = spend(ceremonyId, PasskeyCeremony.Kind.REGISTRATION, userId, sessionId);
        if (requestJson == null) {
            throw new InvalidInputException("ceremonyId", "is unknown, used, expired or not yours; start again");
        }
        WebAuthnVerifier.NewCredential credential;
        try {
            credential = webAuthn.finishRegistration(requestJson, credentialJson);
        } catch (WebAuthnVerifier.Rejected e) {
            LOG.infof("Passkey registration refused: %s", e.getMessage());
            throw new CetException(ProblemKind.INVALID_INPUT, "passkey-rejected",
                "The passkey's answer did not verify (challenge, origin or signature); start again.");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (repository.passkeyByCredentialId(credential.credentialId()).isPresent()) {
                throw new ConflictException("passkey-already-registered", "This passkey is registered already.");
            }
            User user = repository.user(userId).orElseThrow();
            Passkey passkey = new Passkey(userId, credential.credentialId(), credential.publicKeyCose(),
                credential.signatureCount(), normalized, credential.backupEligible(), credential.backedUp(), clock.instant());
            repository.addPasskey(passkey);
            events.record(userId, SecurityEvent.Type.PASSKEY_ADDED, client, passkey.name());
            events.notify(user, "passkey-added", client);
            return PasskeyView.of(passkey);
        });
    }

    @Transactional
    public List<PasskeyView> passkeys(UUID userId) {
        return repository.passkeys(userId).stream().map(PasskeyView::of).toList();
    }

    /** Removes one of the user's passkeys; another user's is 404. */
    @Transactional
    public void remove(UUID userId, UUID passkeyId, ClientInfo client) {
        Passkey passkey = repository.passkey(passkeyId).filter(p -> p.userId().equals(userId))
            .orElseThrow(() -> new NotFoundException("passkey-not-found", "No such passkey."));
        repository.removePasskey(passkey);
        events.record(userId, SecurityEvent.Type.PASSKEY_REMOVED, client, passkey.name());
        events.notify(repository.user(userId).orElseThrow(), "passkey-removed", client);
    }

    /** Starts a sign-in with any passkey of this site (the browser lets the person choose). */
    @Transactional
    public Options beginSignIn() {
        var started = webAuthn.startAuthentication();
        PasskeyCeremony ceremony = PasskeyCeremony.authentication(started.requestJson(), clock.instant(),
            config.passkeys().challengeTtl());
        repository.addPasskeyCeremony(ceremony);
        return new Options(ceremony.id(), started.browserOptionsJson());
    }

    /**
     * Verifies the browser's answer to {@link #beginSignIn} and signs the passkey's user in. Every
     * failure (unknown, used or expired ceremony, unknown or removed passkey, disabled user, failed
     * check, counter gone back) answers the same 401; failures are throttled per source address.
     */
    public SessionService.Tokens finishSignIn(UUID ceremonyId, String credentialJson, ClientInfo client) {
        checkSize(credentialJson);
        String credentialId = webAuthn.credentialIdOf(credentialJson);
        LoginThrottle.Attempt attempt = throttle.attempt(LoginThrottle.source(client.ip()));
        Outcome outcome;
        try {
            String requestJson = spend(ceremonyId, PasskeyCeremony.Kind.AUTHENTICATION, null, null);
            outcome = requestJson == null ? new Outcome(null, null, "ceremony unknown, used or expired")
                : QuarkusTransaction.requiringNew().call(() -> verifyAndSignIn(requestJson, credentialId, credentialJson, client));
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (outcome.tokens() == null) {
            attempt.failed();
            LOG.infof("Passkey sign-in refused: %s", outcome.reason());
            if (outcome.userId() != null) {
                events.recordAlone(outcome.userId(), SecurityEvent.Type.PASSKEY_FAILED, client, outcome.reason());
            }
            throw new CetException(ProblemKind.UNAUTHENTICATED, "invalid-passkey",
                "The passkey was not accepted; try again or sign in with your password.");
        }
        attempt.succeeded();
        return outcome.tokens();
    }

    private record Outcome(SessionService.Tokens tokens, UUID userId, String reason) {}

    private Outcome verifyAndSignIn(String requestJson, String credentialId, String credentialJson, ClientInfo client) {
        // Locked: two sign-ins with one passkey cannot both move its counter.
        Passkey passkey = repository.passkeyByCredentialIdForUpdate(credentialId).orElse(null);
        if (passkey == null) {
            return new Outcome(null, null, "unknown passkey");
        }
        User user = repository.user(passkey.userId()).orElseThrow();
        if (user.disabled()) {
            return new Outcome(null, user.id(), "account disabled");
        }
        WebAuthnVerifier.Verified verified;
        try {
            verified = webAuthn.finishAuthentication(requestJson, credentialJson, new WebAuthnVerifier.StoredCredential(
                user.id(), passkey.credentialId(), passkey.publicKeyCose(), passkey.signatureCount(),
                passkey.backupEligible(), passkey.backedUp()));
        } catch (WebAuthnVerifier.Rejected e) {
            return new Outcome(null, user.id(), "passkey " + passkey.name() + ": " + e.getMessage());
        }
        passkey.used(verified.signatureCount(), verified.backedUp(), clock.instant());
        LogContext.user(user.id());
        return new Outcome(auth.signedIn(user, client, true, "passkey " + passkey.name() + "; " + client.userAgent()),
            user.id(), null);
    }

    /** Spends the ceremony in a transaction of its own, so that it stays spent when verification fails. */
    private String spend(UUID ceremonyId, PasskeyCeremony.Kind kind, UUID userId, UUID sessionId) {
        if (ceremonyId == null) {
            return null;
        }
        return QuarkusTransaction.requiringNew().call(() -> repository.passkeyCeremonyForUpdate(ceremonyId)
            .filter(c -> c.spend(kind, userId, sessionId, clock.instant()))
            .map(PasskeyCeremony::requestJson).orElse(null));
    }

    private static void checkSize(String credentialJson) {
        if (credentialJson == null || credentialJson.isBlank()) {
            throw new InvalidInputException("credential", "is required");
        }
        if (credentialJson.length() > MAX_CREDENTIAL_JSON) {
            throw new InvalidInputException("credential", "is too large");
        }
    }

    /** Forgets expired ceremonies (the sign-in start is open to anyone, so they must not pile up). */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetExpiredCeremonies() {
        repository.forgetPasskeyCeremonies(clock.instant());
    }
}
