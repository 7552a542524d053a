package de.cet.identity.application;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired inside the transaction that mails a security notice (new sign-in, password changed, MFA set up or
 * removed), so that the notifications context puts it in the user's inbox too. The mail itself stays
 * identity's own: security notices are always sent, whatever the user's preferences.
 *
 * @param what the notice's key, as in the {@code security-notice} mail template ("new-sign-in", ...)
 */
public record SecurityNoticeIssued(UUID userId, String what, String ip, Instant at) {}
