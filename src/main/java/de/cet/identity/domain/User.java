package de.cet.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person who can sign in. Invariants: the email is stored lower-case and unique; the password is only
 * ever held as an Argon2id hash; a TOTP code step is accepted at most once (each accepted step must be
 * later than the last one), so a code cannot be replayed within its window.
 */
@Entity
@Table(name = "identity_user")
public class User {

    public static final Set<String> LOCALES = Set.of("de", "en");

    @Id
    private UUID id;
    @Column(name = "email", length = 320, nullable = false)
    private String email;
    @Column(name = "display_name", length = 200, nullable = false)
    private String displayName;
    @Column(name = "password_hash", length = 300, nullable = false)
    private String passwordHash;
    @Column(name = "locale", length = 2, nullable = false)
    private String locale;
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;
    @Column(name = "instance_admin", nullable = false)
    private boolean instanceAdmin;
    @Column(name = "disabled", nullable = false)
    private boolean disabled;
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;
    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;
    @Column(name = "totp_last_step")
    private Long totpLastStep;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected User() {}

    /** A user created by accepting an invitation: the invited address counts as verified. */
    public static User invited(String email, String displayName, String passwordHash, String locale,
                               boolean instanceAdmin, Instant now) {
        User u = new User();
        u.id = UUID.randomUUID();
        u.email = normalizeEmail(email);
        u.displayName = validDisplayName(displayName);
        u.passwordHash = Objects.requireNonNull(passwordHash);
        u.locale = validLocale(locale);
        u.emailVerified = true;
        u.instanceAdmin = instanceAdmin;
        u.createdAt = now;
        return u;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean looksLikeEmail(String email) {
        return email != null && email.length() <= 320 && email.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    }

    public static String validDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw new IllegalArgumentException("displayName must have 1 to 200 characters");
        }
        return displayName.strip();
    }

    public static String validLocale(String locale) {
        if (locale == null || !LOCALES.contains(locale)) {
            throw new IllegalArgumentException("locale must be de or en");
        }
        return locale;
    }

    public void changeProfile(String displayName, String locale) {
        if (displayName != null) {
            this.displayName = validDisplayName(displayName);
        }
        if (locale != null) {
            this.locale = validLocale(locale);
        }
    }

    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** The new address has been proven by a verification token. */
    public void changeEmail(String newEmail) {
        this.email = normalizeEmail(newEmail);
        this.emailVerified = true;
    }

    public void grantInstanceAdmin() {
        this.instanceAdmin = true;
    }

    public void disable() {
        this.disabled = true;
    }

    public void enable() {
        this.disabled = false;
    }

    /** Starts (or restarts) enrollment with a fresh secret; MFA stays off until a code confirms it. */
    public void beginTotpEnrollment(String base32Secret) {
        if (totpEnabled) {
            throw new IllegalStateException("TOTP is already enabled");
        }
        this.totpSecret = Objects.requireNonNull(base32Secret);
        this.totpLastStep = null;
    }

    public void enableTotp() {
        if (totpSecret == null) {
            throw new IllegalStateException("no enrollment started");
        }
        this.totpEnabled = true;
    }

    public void disableTotp() {
        this.totpEnabled = false;
        this.totpSecret = null;
        this.totpLastStep = null;
    }

    /** Records that the code of {@code step} was used; false when it (or a later one) was used before. */
    public boolean acceptTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    public UUID id() { return id; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public String locale() { return locale; }
    public boolean emailVerified() { return emailVerified; }
    public boolean instanceAdmin() { return instanceAdmin; }
    public boolean disabled() { return disabled; }
    public String totpSecret() { return totpSecret; }
    public boolean totpEnabled() { return totpEnabled; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
