package de.cet.identity.application;

/**
 * One Argon2id computation (version 0x13, parallelism 1, no secret or associated data): the raw tag for a
 * password's UTF-8 bytes and a salt. Implementations must give identical bytes for identical input, so
 * that a hash stored by one verifies with any other (Argon2EnginesAgreeTest).
 */
public interface Argon2Engine {

    byte[] argon2id(byte[] passwordUtf8, byte[] salt, int memoryKib, int iterations, int tagBytes);

    /** For the start-up log line and the bench: which implementation computes the hashes. */
    String description();
}
