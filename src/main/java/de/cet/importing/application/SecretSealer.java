package de.cet.importing.application;

import java.util.UUID;

/** Seals mailbox passwords (AES-256-GCM, bound to the mailbox) with a key that is never in the database. */
public interface SecretSealer {

    String seal(UUID mailboxId, String secret);

    /** @throws IllegalStateException when the key changed since sealing */
    String open(UUID mailboxId, String sealed);
}
