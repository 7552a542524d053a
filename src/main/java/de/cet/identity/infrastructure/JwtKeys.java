package de.cet.identity.infrastructure;

import de.cet.identity.application.IdentityConfig;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The RS256 key pair that signs and verifies access tokens (docs/adr/0002-jwt-keys.md). Configured PEM
 * files win; otherwise a pair is generated on first start into the data directory (private key mode
 * 0600) and reused afterwards. Instances that share a data directory, or the same configured files,
 * accept each other's tokens.
 */
@Singleton
@Startup
public class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class);
    static final String PRIVATE_FILE = "jwt-private-key.pem";
    static final String PUBLIC_FILE = "jwt-public-key.pem";

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;

    JwtKeys(IdentityConfig config, @ConfigProperty(name = "cet.data-dir") String dataDir) {
        var jwt = config.jwt();
        try {
            if (jwt.privateKeyLocation().isPresent() || jwt.publicKeyLocation().isPresent()) {
                Path priv = Path.of(jwt.privateKeyLocation().orElseThrow(() ->
                    new IllegalStateException("CET_JWT_PUBLIC_KEY_LOCATION is set, CET_JWT_PRIVATE_KEY_LOCATION is not")));
                Path pub = Path.of(jwt.publicKeyLocation().orElseThrow(() ->
                    new IllegalStateException("CET_JWT_PRIVATE_KEY_LOCATION is set, CET_JWT_PUBLIC_KEY_LOCATION is not")));
                this.privateKey = readPrivate(priv);
                this.publicKey = readPublic(pub);
                LOG.infof("Access tokens are signed with the configured key %s", priv);
            } else {
                Path dir = Path.of(dataDir);
                Path priv = dir.resolve(PRIVATE_FILE);
                Path pub = dir.resolve(PUBLIC_FILE);
                if (!Files.exists(priv) || !Files.exists(pub)) {
                    generate(dir, priv, pub);
                    LOG.infof("Generated the access-token key pair in %s", dir.toAbsolutePath());
                }
                this.privateKey = readPrivate(priv);
                this.publicKey = readPublic(pub);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the JWT key pair", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT key files are not an RSA key pair in PEM (PKCS#8 / X.509)", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    private static synchronized void generate(Path dir, Path priv, Path pub) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path tmp = dir.resolve(PRIVATE_FILE + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII,
            StandardOpenOption.TRUNCATE_EXISTING);
        Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        Files.move(tmp, priv, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
            + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String body = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static PrivateKey readPrivate(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(file)));
    }

    private static RSAPublicKey readPublic(Path file) throws IOException, GeneralSecurityException {
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(file)));
    }
}
