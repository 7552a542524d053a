package de.cet.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real {@code /usr/bin/gpg} in a throw-away GNUPGHOME: proof that archives open without CET. */
public final class Gpg implements AutoCloseable {

    private final Path home;

    public Gpg() throws IOException {
        home = Files.createTempDirectory("cet-gnupg");
        home.toFile().setReadable(false, false);
        home.toFile().setReadable(true, true);
    }

    public Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/gpg", "--homedir", home.toString(), "--batch",
            "--no-tty", "--pinentry-mode", "loopback"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        process.getOutputStream().close();
        var stdout = process.getInputStream().readAllBytes();
        var stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("gpg hangs");
        }
        return new Result(process.exitValue(), stdout, stderr);
    }

    public record Result(int exitCode, byte[] stdout, String stderr) {}

    /** Decrypts with the passphrase; returns gpg's output file. */
    public Result decryptWithPassphrase(Path encrypted, String passphrase, Path output) throws IOException, InterruptedException {
        return run("--passphrase", passphrase, "--output", output.toString(), "--decrypt", encrypted.toString());
    }

    /** Generates a key pair without passphrase; returns {armored public key, armored secret key}. */
    public String[] generateKeyPair(String email) throws IOException, InterruptedException {
        Result generated = run("--passphrase", "", "--quick-generate-key", "Backup Test <" + email + ">", "rsa2048", "sign,encr", "never");
        if (generated.exitCode() != 0) {
            throw new IllegalStateException("gpg --quick-generate-key failed: " + generated.stderr());
        }
        String publicKey = new String(run("--armor", "--export", email).stdout(), StandardCharsets.US_ASCII);
        String secretKey = new String(run("--passphrase", "", "--armor", "--export-secret-keys", email).stdout(),
            StandardCharsets.US_ASCII);
        return new String[] {publicKey, secretKey};
    }

    public Result decryptWithOwnKey(Path encrypted, Path output) throws IOException, InterruptedException {
        return run("--output", output.toString(), "--decrypt", encrypted.toString());
    }

    @Override
    public void close() throws IOException {
        try {
            run("--kill", "all");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // gpgconf may not be reachable this way; the directory goes anyway
        }
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
