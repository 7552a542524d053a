package de.cet.webui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs node and npm in the web app's directory for the tests that check it from Maven, so that a
 * failing web app test fails {@code ./mvnw verify}.
 */
final class WebAppNode {

    static final Path DIR = Path.of("src/main/webui").toAbsolutePath();

    record Result(int exitCode, String output) {}

    private WebAppNode() {}

    /** Installs the web app's packages when nothing did yet (Quinoa does the same for the build). */
    static synchronized void ensureInstalled() {
        if (Files.isDirectory(DIR.resolve("node_modules"))) {
            return;
        }
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Result r = run(List.of("npm", ci ? "ci" : "install", "--no-audit", "--no-fund"), Map.of(), 600);
        if (r.exitCode() != 0) {
            throw new AssertionError("npm install failed in " + DIR + ":\n" + r.output());
        }
    }

    static Result run(List<String> command, Map<String, String> env, long timeoutSeconds) {
        try {
            Path log = Files.createTempFile("webui-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().put("NO_COLOR", "1");
            builder.environment().remove("FORCE_COLOR");
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Result(-1, Files.readString(log, StandardCharsets.UTF_8) + "\n(timed out after " + timeoutSeconds + " s)");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + " (are node and npm installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
