package de.cet.identity.infrastructure;

import de.cet.shared.mail.OutboxKey;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The outbox seals mailed tokens with a key derived from the access-token signing key: that key is
 * never in the database or in a backup, every instance already has the same one (ADR 0002), and
 * whoever holds it can sign access tokens anyway, so it opens nothing new. Rotating it makes sealed
 * tokens of mails still waiting unreadable; those mails are given up (the user asks again).
 */
@ApplicationScoped
class SigningKeyOutboxKey implements OutboxKey {

    private final JwtKeys keys;

    SigningKeyOutboxKey(JwtKeys keys) {
        this.keys = keys;
    }

    @Override
    public byte[] material() {
        return keys.privateKey().getEncoded();
    }
}
