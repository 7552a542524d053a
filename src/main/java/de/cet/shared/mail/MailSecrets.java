package de.cet.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a mail's one-time token (AES-256-GCM, bound to the mail's id) so that the outbox row, and any
 * backup of it, holds nothing usable while the mail waits for delivery.
 */
@ApplicationScoped
class MailSecrets {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutboxKey keySource;
    private volatile SecretKeySpec key;

    MailSecrets(OutboxKey keySource) {
        this.keySource = keySource;
    }

    String seal(UUID mailId, String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(mailId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a mail secret", e);
        }
    }

    /** The token, or an exception when the key changed since sealing (or the value was tampered with). */
    String open(UUID mailId, String sealed) throws GeneralSecurityException {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new GeneralSecurityException("not a sealed mail secret");
        }
        byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        if (all.length <= NONCE_BYTES) {
            throw new GeneralSecurityException("sealed mail secret too short");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, NONCE_BYTES));
        cipher.updateAAD(aad(mailId));
        return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }

    private SecretKeySpec key() throws GeneralSecurityException {
        SecretKeySpec k = key;
        if (k == null) {
            // A key of its own for this purpose, derived from the instance's key material.
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keySource.material(), "HmacSHA256"));
            k = new SecretKeySpec(mac.doFinal("cet outbox mail secret v1".getBytes(StandardCharsets.UTF_8)), "AES");
            key = k;
        }
        return k;
    }

    private static byte[] aad(UUID mailId) {
        return mailId.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
