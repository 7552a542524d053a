package de.cet.backup.infrastructure;

import de.cet.shared.error.UnprocessableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;
import org.jboss.logging.Logger;

/**
 * OpenPGP (RFC 4880) encryption of archives with Bouncy Castle, readable by {@code gpg --decrypt}:
 * AES-256 with an integrity packet (MDC), the session key encrypted to a passphrase (iterated and
 * salted S2K with SHA-256) and/or to every configured public key. Decryption refuses data without
 * integrity protection and reports a failed integrity check as a damaged archive.
 */
public final class OpenPgp {

    private static final int BUFFER = 1 << 16;
    private static final Logger LOG = Logger.getLogger(OpenPgp.class);

    private OpenPgp() {}

    /** What a backup is encrypted to; at least one of the two. */
    public record Recipients(char[] passphrase, List<PGPPublicKey> publicKeys) {
        public Recipients {
            publicKeys = publicKeys == null ? List.of() : List.copyOf(publicKeys);
            if ((passphrase == null || passphrase.length == 0) && publicKeys.isEmpty()) {
                throw new IllegalArgumentException("Backups need CET_BACKUP_PASSPHRASE or CET_BACKUP_PUBLIC_KEYS: "
                    + "an unencrypted backup never leaves CET");
            }
        }
    }

    /** How an archive is opened: a passphrase, or an armored secret key with its optional passphrase. */
    public record DecryptionKey(char[] passphrase, String armoredSecretKey, char[] secretKeyPassphrase) {
        public static DecryptionKey ofPassphrase(String passphrase) {
            return new DecryptionKey(passphrase.toCharArray(), null, null);
        }

        public static DecryptionKey ofSecretKey(String armored, String keyPassphrase) {
            return new DecryptionKey(null, armored, keyPassphrase == null ? new char[0] : keyPassphrase.toCharArray());
        }
    }

    /**
     * The recipients as configured: {@code CET_BACKUP_PASSPHRASE} and {@code CET_BACKUP_PUBLIC_KEYS}, the
     * latter either armored key text or the path of a file holding it. Refuses when neither is set.
     */
    public static Recipients recipients(String passphrase, String publicKeys) throws IOException {
        String keys = publicKeys == null ? "" : publicKeys.trim();
        List<PGPPublicKey> parsed = List.of();
        if (!keys.isEmpty()) {
            String armored = keys.startsWith("-----BEGIN") ? keys : java.nio.file.Files.readString(java.nio.file.Path.of(keys));
            parsed = readPublicKeys(armored);
        }
        return new Recipients(passphrase == null || passphrase.isEmpty() ? null : passphrase.toCharArray(), parsed);
    }

    /** Reads every encryption-capable public key from armored text (one or more key blocks). */
    public static List<PGPPublicKey> readPublicKeys(String armored) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
            PGPPublicKeyRingCollection rings = new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator());
            List<PGPPublicKey> keys = new ArrayList<>();
            for (Iterator<PGPPublicKeyRing> it = rings.getKeyRings(); it.hasNext(); ) {
                PGPPublicKeyRing ring = it.next();
                PGPPublicKey chosen = null;
                for (Iterator<PGPPublicKey> k = ring.getPublicKeys(); k.hasNext(); ) {
                    PGPPublicKey key = k.next();
                    if (key.isEncryptionKey() && !key.hasRevocation()) {
                        chosen = key; // the last one: subkeys follow the primary key
                    }
                }
                if (chosen == null) {
                    throw new IllegalArgumentException("Public key " + Long.toHexString(ring.getPublicKey().getKeyID())
                        + " has no encryption key");
                }
                keys.add(chosen);
            }
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("No OpenPGP public key found");
            }
            return keys;
        } catch (IOException | PGPException e) {
            // Bouncy Castle's words stay in the log; the run's recorded error is shown to administrators.
            LOG.warnf("CET_BACKUP_PUBLIC_KEYS cannot be read: %s", e.toString());
            throw new IllegalArgumentException("CET_BACKUP_PUBLIC_KEYS is not an armored OpenPGP public key", e);
        }
    }

    /** Returns a stream whose bytes are written encrypted to {@code target}; close it to finish (target stays open). */
    public static OutputStream encrypt(OutputStream target, Recipients recipients, String fileName) throws IOException {
        try {
            PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
                new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                    .setWithIntegrityPacket(true)
                    .setSecureRandom(new SecureRandom()));
            if (recipients.passphrase() != null && recipients.passphrase().length > 0) {
                generator.addMethod(new BcPBEKeyEncryptionMethodGenerator(recipients.passphrase(),
                    new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256), 0xF0));
            }
            for (PGPPublicKey key : recipients.publicKeys()) {
                generator.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(key));
            }
            OutputStream encrypted = generator.open(ArchiveWriter.nonClosing(target), new byte[BUFFER]);
            OutputStream literal = new PGPLiteralDataGenerator()
                .open(encrypted, PGPLiteralData.BINARY, fileName, new Date(), new byte[BUFFER]);
            return new java.io.FilterOutputStream(literal) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    literal.close();
                    encrypted.close();
                }
            };
        } catch (PGPException e) {
            throw new IOException("Cannot start OpenPGP encryption", e);
        }
    }

    /**
     * The decrypted content. Read it to the end and then close it: closing checks the integrity
     * packet and throws if the data was changed.
     */
    public static InputStream decrypt(InputStream encrypted, DecryptionKey key) throws IOException {
        try {
            InputStream decoded = PGPUtil.getDecoderStream(encrypted);
            BcPGPObjectFactory factory = new BcPGPObjectFactory(decoded);
            Object object = factory.nextObject();
            while (object instanceof PGPMarker) {
                object = factory.nextObject();
            }
            if (!(object instanceof PGPEncryptedDataList list)) {
                throw undecryptable("it is not OpenPGP-encrypted data");
            }
            PGPEncryptedData opened = null;
            InputStream clear = null;
            for (PGPEncryptedData data : list) {
                if (key.passphrase() != null && data instanceof PGPPBEEncryptedData pbe) {
                    try {
                        clear = pbe.getDataStream(new BcPBEDataDecryptorFactory(key.passphrase(), new BcPGPDigestCalculatorProvider()));
                        opened = pbe;
                        break;
                    } catch (PGPException e) {
                        throw undecryptable("the passphrase is wrong");
                    }
                }
                if (key.armoredSecretKey() != null && data instanceof PGPPublicKeyEncryptedData pk) {
                    PGPPrivateKey privateKey = findPrivateKey(key, pk.getKeyID());
                    if (privateKey != null) {
                        clear = pk.getDataStream(new BcPublicKeyDataDecryptorFactory(privateKey));
                        opened = pk;
                        break;
                    }
                }
            }
            if (opened == null) {
                throw undecryptable(key.passphrase() != null
                    ? "it was not encrypted to a passphrase" : "it was not encrypted to this key");
            }
            if (!opened.isIntegrityProtected()) {
                throw ArchiveReader.damaged("it has no integrity protection");
            }
            BcPGPObjectFactory plain = new BcPGPObjectFactory(clear);
            Object content = plain.nextObject();
            if (content instanceof PGPCompressedData compressed) {
                content = new BcPGPObjectFactory(compressed.getDataStream()).nextObject();
            }
            if (!(content instanceof PGPLiteralData literal)) {
                throw ArchiveReader.damaged("the encrypted content is not a file");
            }
            PGPEncryptedData integrity = opened;
            return new java.io.FilterInputStream(literal.getInputStream()) {
                private boolean checked;

                @Override
                public void close() throws IOException {
                    if (checked) {
                        return;
                    }
                    checked = true;
                    in.transferTo(OutputStream.nullOutputStream());
                    try {
                        if (!integrity.verify()) {
                            throw ArchiveReader.damaged("the OpenPGP integrity check failed (the file was changed)");
                        }
                    } catch (PGPException e) {
                        throw ArchiveReader.damaged("the OpenPGP integrity check failed", e);
                    }
                }
            };
        } catch (PGPException e) {
            throw ArchiveReader.damaged("its OpenPGP packets cannot be read", e);
        }
    }

    private static PGPPrivateKey findPrivateKey(DecryptionKey key, long keyId) throws IOException, PGPException {
        PGPSecretKeyRingCollection rings;
        try (InputStream in = PGPUtil.getDecoderStream(
                new ByteArrayInputStream(key.armoredSecretKey().getBytes(StandardCharsets.US_ASCII)))) {
            rings = new PGPSecretKeyRingCollection(in, new BcKeyFingerprintCalculator());
        } catch (IOException | PGPException e) {
            throw undecryptable("the private key is not an armored OpenPGP secret key");
        }
        PGPSecretKey secret = rings.getSecretKey(keyId);
        if (secret == null) {
            return null;
        }
        try {
            return secret.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
                .build(key.secretKeyPassphrase() == null ? new char[0] : key.secretKeyPassphrase()));
        } catch (PGPException e) {
            throw undecryptable("the private key's passphrase is wrong");
        }
    }

    public static UnprocessableException undecryptable(String why) {
        return new UnprocessableException("backup-archive-undecryptable", "The archive cannot be decrypted: " + why + ".");
    }
}
