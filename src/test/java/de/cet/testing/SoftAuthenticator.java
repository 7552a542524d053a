package de.cet.testing;

import com.upokecenter.cbor.CBORObject;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A software passkey for the API tests: an EC P-256 key, a discoverable credential with attestation
 * "none", and assertions signed the way a real authenticator signs them (WebAuthn Level 3, §6.1 and
 * §6.3.3). Built by hand, byte by byte, so that a test can also build what a real authenticator never
 * would (another origin, a challenge not given, a counter gone back).
 */
public final class SoftAuthenticator {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_IN = Base64.getUrlDecoder();

    private final KeyPair keys;
    private final byte[] credentialId;
    private byte[] userHandle;
    private long counter;

    private SoftAuthenticator(KeyPair keys, byte[] credentialId, byte[] userHandle, long counter) {
        this.keys = keys;
        this.credentialId = credentialId;
        this.userHandle = userHandle;
        this.counter = counter;
    }

    /** A new passkey; until it is registered its user handle is random (the server knows neither). */
    public static SoftAuthenticator create() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            byte[] id = new byte[32];
            RANDOM.nextBytes(id);
            byte[] handle = new byte[16];
            RANDOM.nextBytes(handle);
            return new SoftAuthenticator(g.generateKeyPair(), id, handle, 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy with the same key and counter, as a cloned authenticator would be. */
    public SoftAuthenticator cloned() {
        return new SoftAuthenticator(keys, credentialId, userHandle, counter);
    }

    public String credentialId() {
        return B64URL.encodeToString(credentialId);
    }

    public long counter() {
        return counter;
    }

    /** The answer of navigator.credentials.create to {@code publicKey} (the server's options), from {@code origin}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> register(Map<String, Object> publicKey, String origin) {
        String challenge = (String) publicKey.get("challenge");
        String rpId = (String) ((Map<String, Object>) publicKey.get("rp")).get("id");
        userHandle = B64URL_IN.decode((String) ((Map<String, Object>) publicKey.get("user")).get("id"));
        return registerWith(challenge, rpId, origin);
    }

    public Map<String, Object> registerWith(String challenge, String rpId, String origin) {
        byte[] clientData = clientData("webauthn.create", challenge, origin);
        ECPublicKey pub = (ECPublicKey) keys.getPublic();
        byte[] cose = CBORObject.NewMap().Add(1, 2).Add(3, -7).Add(-1, 1)
            .Add(-2, unsigned32(pub.getW().getAffineX())).Add(-3, unsigned32(pub.getW().getAffineY())).EncodeToBytes();
        ByteBuffer authData = ByteBuffer.allocate(32 + 1 + 4 + 16 + 2 + credentialId.length + cose.length);
        authData.put(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.put((byte) 0x45); // user present, user verified, attested credential data
        authData.putInt((int) counter);
        authData.put(new byte[16]); // AAGUID: none
        authData.putShort((short) credentialId.length).put(credentialId).put(cose);
        byte[] attestation = CBORObject.NewMap().Add("fmt", "none").Add("attStmt", CBORObject.NewMap())
            .Add("authData", authData.array()).EncodeToBytes();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", B64URL.encodeToString(clientData));
        response.put("attestationObject", B64URL.encodeToString(attestation));
        return credential(response);
    }

    /** The answer of navigator.credentials.get to {@code publicKey}, from {@code origin}; the counter moves on by one. */
    public Map<String, Object> sign(Map<String, Object> publicKey, String origin) {
        return signWith((String) publicKey.get("challenge"), (String) publicKey.get("rpId"), origin, counter + 1);
    }

    /** An assertion over any challenge, RP ID, origin and counter (the counter is remembered). */
    public Map<String, Object> signWith(String challenge, String rpId, String origin, long newCounter) {
        counter = newCounter;
        byte[] clientData = clientData("webauthn.get", challenge, origin);
        ByteBuffer authData = ByteBuffer.allocate(37);
        authData.put(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.put((byte) 0x05); // user present, user verified
        authData.putInt((int) newCounter);
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(keys.getPrivate());
            s.update(authData.array());
            s.update(sha256(clientData));
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("clientDataJSON", B64URL.encodeToString(clientData));
            response.put("authenticatorData", B64URL.encodeToString(authData.array()));
            response.put("signature", B64URL.encodeToString(s.sign()));
            response.put("userHandle", B64URL.encodeToString(userHandle));
            return credential(response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> credential(Map<String, Object> response) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", "public-key");
        c.put("id", credentialId());
        c.put("rawId", credentialId());
        c.put("response", response);
        c.put("clientExtensionResults", Map.of());
        return c;
    }

    private static byte[] clientData(String type, String challenge, String origin) {
        return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
            + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] unsigned32(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The origin the API tests sign on: the configured host, any port (allow-any-port in the test profile). */
    public static final String ORIGIN = "http://localhost:8080";

    /** Registers this passkey for {@code actor} through the API (password, options, answer); answers its id. */
    public String registerFor(Actors.Actor actor, String name) {
        Map<String, Object> options = actor.api().body(Map.of("currentPassword", Actors.PASSWORD))
            .post("/api/v1/me/passkeys/registration-options").then().statusCode(200).extract().jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        Map<String, Object> publicKey = (Map<String, Object>) options.get("publicKey");
        return actor.api().body(Map.of("ceremonyId", options.get("ceremonyId"), "name", name,
                "credential", register(publicKey, ORIGIN)))
            .post("/api/v1/me/passkeys").then().statusCode(201).extract().path("id");
    }

    public static String randomChallenge() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return B64URL.encodeToString(b);
    }
}
