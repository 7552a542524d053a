package de.cet.backup.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.backup.Gpg;
import de.cet.shared.error.UnprocessableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives are standard OpenPGP: gpg opens them, and CET opens what it wrote. */
class OpenPgpTest {

    @TempDir
    Path dir;

    Gpg gpg;

    @BeforeEach
    void startGpg() throws IOException {
        gpg = new Gpg();
    }

    @AfterEach
    void stopGpg() throws IOException {
        gpg.close();
    }

    private static byte[] content() {
        byte[] bytes = new byte[300_000];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private Path encrypt(byte[] content, OpenPgp.Recipients recipients) throws IOException {
        Path file = dir.resolve("archive.zip.pgp");
        try (OutputStream out = Files.newOutputStream(file); OutputStream enc = OpenPgp.encrypt(out, recipients, "archive.zip")) {
            enc.write(content);
        }
        return file;
    }

    private static byte[] decrypt(Path file, OpenPgp.DecryptionKey key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = OpenPgp.decrypt(Files.newInputStream(file), key)) {
            in.transferTo(out);
        }
        return out.toByteArray();
    }

    @Test
    void gpgDecryptsAPassphraseEncryptedArchive() throws Exception {
        byte[] content = content();
        Path file = encrypt(content, new OpenPgp.Recipients("s3cret phrase".toCharArray(), List.of()));

        Path out = dir.resolve("out.zip");
        Gpg.Result result = gpg.decryptWithPassphrase(file, "s3cret phrase", out);

        assertEquals(0, result.exitCode(), result.stderr());
        assertArrayEquals(content, Files.readAllBytes(out));
        assertArrayEquals(content, decrypt(file, OpenPgp.DecryptionKey.ofPassphrase("s3cret phrase")));
    }

    @Test
    void gpgAndCetDecryptAnArchiveEncryptedToAPublicKey() throws Exception {
        String[] keys = gpg.generateKeyPair("restore@example.org");
        byte[] content = content();
        Path file = encrypt(content, new OpenPgp.Recipients(null, OpenPgp.readPublicKeys(keys[0])));

        Path out = dir.resolve("out.zip");
        Gpg.Result result = gpg.decryptWithOwnKey(file, out);
        assertEquals(0, result.exitCode(), result.stderr());
        assertArrayEquals(content, Files.readAllBytes(out));

        assertArrayEquals(content, decrypt(file, OpenPgp.DecryptionKey.ofSecretKey(keys[1], null)));
        var e = assertThrows(UnprocessableException.class,
            () -> decrypt(file, OpenPgp.DecryptionKey.ofPassphrase("guess")));
        assertTrue(e.getMessage().contains("not encrypted to a passphrase"), e.getMessage());
    }

    @Test
    void anArchiveForPassphraseAndKeyOpensWithEither() throws Exception {
        String[] keys = gpg.generateKeyPair("both@example.org");
        byte[] content = content();
        Path file = encrypt(content, new OpenPgp.Recipients("pass".toCharArray(), OpenPgp.readPublicKeys(keys[0])));

        assertArrayEquals(content, decrypt(file, OpenPgp.DecryptionKey.ofPassphrase("pass")));
        assertArrayEquals(content, decrypt(file, OpenPgp.DecryptionKey.ofSecretKey(keys[1], "")));
        Path out = dir.resolve("out.zip");
        assertEquals(0, gpg.decryptWithPassphrase(file, "pass", out).exitCode());
        assertArrayEquals(content, Files.readAllBytes(out));
    }

    @Test
    void aWrongPassphraseIsRefused() throws Exception {
        Path file = encrypt(content(), new OpenPgp.Recipients("right".toCharArray(), List.of()));
        var e = assertThrows(UnprocessableException.class, () -> decrypt(file, OpenPgp.DecryptionKey.ofPassphrase("wrong")));
        assertTrue(e.getMessage().contains("passphrase is wrong"), e.getMessage());
    }

    @Test
    void aChangedByteIsDetected() throws Exception {
        Path file = encrypt(content(), new OpenPgp.Recipients("right".toCharArray(), List.of()));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);
        assertThrows(UnprocessableException.class, () -> decrypt(file, OpenPgp.DecryptionKey.ofPassphrase("right")));
    }

    @Test
    void publicKeysAreConfiguredAsArmoredTextOrAsAFile() throws Exception {
        String[] keys = gpg.generateKeyPair("config@example.org");
        Path keyFile = Files.writeString(dir.resolve("backup-keys.asc"), keys[0]);

        assertEquals(1, OpenPgp.recipients(null, keys[0]).publicKeys().size());
        OpenPgp.Recipients fromFile = OpenPgp.recipients("", keyFile.toString());
        assertEquals(1, fromFile.publicKeys().size());
        assertEquals(null, fromFile.passphrase());
        assertThrows(IllegalArgumentException.class, () -> OpenPgp.recipients(null, "-----BEGIN PGP PUBLIC KEY BLOCK-----\nnonsense"));
    }

    @Test
    void withoutPassphraseAndKeysABackupIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> OpenPgp.recipients(null, " "));
        assertTrue(e.getMessage().contains("CET_BACKUP_PASSPHRASE"), e.getMessage());
    }

    @Test
    void nothingIsEverWrittenUnencrypted() {
        assertThrows(IllegalArgumentException.class, () -> new OpenPgp.Recipients(null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new OpenPgp.Recipients(new char[0], null));
    }
}
