package de.cet.identity.application;

import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.RecoveryCode;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.User;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.commons.codec.binary.Base32;

/**
 * TOTP enrollment, confirmation with ten single-use recovery codes, removal, and the check of a code at
 * sign-in. Every accepted TOTP step is remembered, so a code works once.
 */
@ApplicationScoped
public class MfaService {

    public static final int RECOVERY_CODES = 10;

    private final IdentityRepository repository;
    private final PasswordHasher hasher;
    private final SecurityEvents events;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final String issuer;

    MfaService(IdentityRepository repository, PasswordHasher hasher, SecurityEvents events, LoginThrottle throttle,
               Clock clock) {
        this.repository = repository;
        this.hasher = hasher;
        this.events = events;
        this.throttle = throttle;
        this.clock = clock;
        this.issuer = "CET";
    }

    public record Enrollment(String secret, String otpauthUri, String qrCodePng) {}

    @Transactional
    public Enrollment begin(UUID userId) {
        User user = user(userId);
        if (user.totpEnabled()) {
            throw new ConflictException("mfa-already-enabled", "TOTP is already enabled; remove it first to re-enroll.");
        }
        String secret = Totp.newSecret();
        user.beginTotpEnrollment(secret);
        String uri = Totp.otpauthUri(issuer, user.email(), secret);
        return new Enrollment(secret, uri, Base64.getEncoder().encodeToString(QrCodes.png(uri, 240)));
    }

    /** Turns TOTP on when the code matches the enrolled secret; answers the recovery codes (shown once). */
    @Transactional
    public List<String> confirm(UUID userId, String code, ClientInfo client) {
        User user = user(userId);
        if (user.totpEnabled()) {
            throw new ConflictException("mfa-already-enabled", "TOTP is already enabled.");
        }
        if (user.totpSecret() == null) {
            throw new ConflictException("mfa-not-enrolling", "Start the enrollment first (POST /me/mfa/totp).");
        }
        OptionalLong step = Totp.matchingStep(user.totpSecret(), code, clock.instant());
        if (step.isEmpty() || !user.acceptTotpStep(step.getAsLong())) {
            throw new InvalidInputException("code", "does not match; check the device's time and try the next code");
        }
        user.enableTotp();
        List<String> codes = new ArrayList<>();
        List<RecoveryCode> stored = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String raw = new Base32().encodeToString(Secrets.randomBytes(10)).toLowerCase(Locale.ROOT);
            String shown = raw.substring(0, 8) + "-" + raw.substring(8, 16);
            codes.add(shown);
            stored.add(new RecoveryCode(userId, Secrets.sha256(normalizeRecovery(shown))));
        }
        repository.replaceRecoveryCodes(userId, stored);
        events.record(userId, SecurityEvent.Type.MFA_ENABLED, client, null);
        events.notify(user, "mfa-enabled", client);
        return codes;
    }

    /** Removes TOTP; needs the password and a current code (or a recovery code). */
    @Transactional
    public void remove(UUID userId, String password, String code, ClientInfo client) {
        User user = user(userId);
        if (!user.totpEnabled()) {
            throw new ConflictException("mfa-not-enabled", "TOTP is not enabled.");
        }
        LoginThrottle.Attempt attempt = throttle.attempt(throttleKey(userId));
        boolean ok;
        try {
            ok = password != null && hasher.verify(password, user.passwordHash()) && verifyForLogin(user, code, client);
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (!ok) {
            attempt.failed();
            throw new InvalidInputException("code", "password or code is wrong");
        }
        attempt.succeeded();
        user.disableTotp();
        repository.replaceRecoveryCodes(userId, List.of());
        events.record(userId, SecurityEvent.Type.MFA_DISABLED, client, null);
        events.notify(user, "mfa-disabled", client);
    }

    /** The throttling key of a user's second factor: TOTP and recovery codes count together. */
    static String throttleKey(UUID userId) {
        return "mfa:" + userId;
    }

    /** A TOTP code not used before, or an unused recovery code (which is then spent). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean verifyForLogin(User user, String code, ClientInfo client) {
        if (code == null || user.totpSecret() == null) {
            return false;
        }
        String trimmed = code.strip();
        if (trimmed.matches("\\d{6}")) {
            OptionalLong step = Totp.matchingStep(user.totpSecret(), trimmed, clock.instant());
            return step.isPresent() && user.acceptTotpStep(step.getAsLong());
        }
        String hash = Secrets.sha256(normalizeRecovery(trimmed));
        Instant now = clock.instant();
        for (RecoveryCode rc : repository.recoveryCodes(user.id())) {
            if (Secrets.constantTimeEquals(rc.codeHash(), hash)) {
                if (rc.use(now)) {
                    events.record(user.id(), SecurityEvent.Type.RECOVERY_CODE_USED, client, null);
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    private static String normalizeRecovery(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z2-7]", "");
    }

    private User user(UUID id) {
        return repository.user(id).orElseThrow(() -> new IllegalStateException("authenticated user vanished"));
    }
}
