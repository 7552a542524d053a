package de.cet.shared.mail;

/**
 * Key material (32 bytes or more) from which the outbox derives the key that seals a mail's one-time
 * token until delivery. It must not be stored in the database (a database reader or a backup must not
 * be able to open a sealed token) and must be the same on every instance (any instance delivers any
 * mail). Provided by the context that owns such a key: identity derives it from the access-token
 * signing key.
 */
public interface OutboxKey {

    byte[] material();
}
