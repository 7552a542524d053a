package de.cet.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Somebody asked for a password-reset mail for an address. Stored as it came, whether the address has
 * an account or not, and processed later (lookup, throttle, token, mail), so that answering the request
 * costs the same for every address. A mailed request is kept for the throttle window, as the count of
 * mails sent per address and per source.
 */
@Entity
@Table(name = "identity_password_reset_request")
public class PasswordResetRequest {

    /** What fits the column; a longer source (it never is one: an IP address) is cut. */
    public static final int SOURCE_LENGTH = 64;

    @Id
    private UUID id;
    @Column(nullable = false, length = 320)
    private String email;
    @Column(nullable = false, length = SOURCE_LENGTH)
    private String source;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "processed_at")
    private Instant processedAt;
    @Column(nullable = false)
    private boolean mailed;

    protected PasswordResetRequest() {}

    public PasswordResetRequest(String email, String source, Instant now) {
        this.id = UUID.randomUUID();
        this.email = User.normalizeEmail(email);
        String s = source == null || source.isBlank() ? "unknown" : source;
        this.source = s.length() > SOURCE_LENGTH ? s.substring(0, SOURCE_LENGTH) : s;
        this.requestedAt = now;
    }

    public void processed(Instant now, boolean mailSent) {
        this.processedAt = now;
        this.mailed = mailSent;
    }

    public UUID id() { return id; }
    public String email() { return email; }
    public String source() { return source; }
    public Instant requestedAt() { return requestedAt; }
    public Instant processedAt() { return processedAt; }
    public boolean mailed() { return mailed; }
}
