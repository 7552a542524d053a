package de.cet.identity.application;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id in pure Java (Bouncy Castle): always available, slower than the native library (ADR 0010). */
public final class BouncyCastleArgon2 implements Argon2Engine {

    @Override
    public byte[] argon2id(byte[] passwordUtf8, byte[] salt, int memoryKib, int iterations, int tagBytes) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(1)
            .withSalt(salt)
            .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[tagBytes];
        generator.generateBytes(passwordUtf8, out);
        return out;
    }

    @Override
    public String description() {
        return "Bouncy Castle (pure Java)";
    }
}
