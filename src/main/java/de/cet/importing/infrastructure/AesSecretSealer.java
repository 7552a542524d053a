package de.cet.importing.infrastructure;

import de.cet.importing.application.SecretSealer;
import de.cet.shared.mail.OutboxKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mailbox passwords sealed with AES-256-GCM, bound to the mailbox's id. The key is derived (HMAC-SHA256
 * with a label of its own) from {@code cet.importing.mail.key} when set — base64 of at least 32 bytes, for
 * installations that rotate the signing key — else from the instance key material in {@code CET_DATA_DIR}
 * the outbox uses too (the access-token signing key, ADR 0002): never in the database or in a backup, the
 * same on every instance (ADR 0022).
 */
@ApplicationScoped
class AesSecretSealer implements SecretSealer {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutboxKey instanceKey;
    private final Optional<String> configured;
    private volatile SecretKeySpec key;

    AesSecretSealer(OutboxKey instanceKey, @ConfigProperty(name = "cet.importing.mail.key") Optional<String> configured) {
        this.instanceKey = instanceKey;
        this.configured = configured;
    }

    @Override
    public String seal(UUID mailboxId, String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(mailboxId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a mailbox password", e);
        }
    }

    @Override
    public String open(UUID mailboxId, String sealed) {
        try {
            if (sealed == null || !sealed.startsWith(VERSION)) {
                throw new GeneralSecurityException("not a sealed password");
            }
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            if (all.length <= NONCE_BYTES) {
                throw new GeneralSecurityException("sealed password too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            cipher.updateAAD(mailboxId.toString().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The mailbox password cannot be opened with this instance's key");
        }
    }

    private SecretKeySpec key() throws GeneralSecurityException {
        SecretKeySpec k = key;
        if (k == null) {
            byte[] material = configured.filter(s -> !s.isBlank()).map(s -> Base64.getDecoder().decode(s.strip()))
                .orElseGet(instanceKey::material);
            if (material.length < 32) {
                throw new IllegalStateException("cet.importing.mail.key must be base64 of at least 32 bytes");
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            k = new SecretKeySpec(mac.doFinal("cet imap mailbox password v1".getBytes(StandardCharsets.UTF_8)), "AES");
            key = k;
        }
        return k;
    }
}
