package de.cet.receipts.infrastructure;

import de.cet.receipts.application.ReceiptImages;
import de.cet.receipts.application.TextRecognizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tesseract through its command line (ADR 0023): one process per page, reading a temporary file and
 * writing TSV (words with their confidence and line numbers) to another, so no pipe can fill up and block.
 * Page segmentation 6 (one uniform block of text): receipts are one column of lines whose amounts stand far
 * to the right, and the automatic modes (3, 4) split that right column off and lose it.
 * {@code OMP_THREAD_LIMIT=1} keeps each process on one core: the worker pool is what decides how many run.
 * After the time limit the process is killed (forcibly, with its children).
 */
@ApplicationScoped
public class TesseractCli implements TextRecognizer {

    private final String binary;
    private final String languages;

    TesseractCli(@ConfigProperty(name = "cet.ocr.tesseract") String binary,
                 @ConfigProperty(name = "cet.ocr.languages") String languages) {
        this.binary = binary;
        this.languages = languages;
    }

    /** For the tests and the bench, outside the container. */
    public static TesseractCli of(String binary, String languages) {
        return new TesseractCli(binary, languages);
    }

    @Override
    public boolean available() {
        return executable() != null;
    }

    /** The configured binary: a path, or a bare name looked up on the PATH. */
    Path executable() {
        if (binary == null || binary.isBlank()) {
            return null;
        }
        if (binary.contains(File.separator)) {
            Path path = Path.of(binary);
            return Files.isExecutable(path) ? path : null;
        }
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, binary);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    @Override
    public Text recognise(ReceiptImages.Page page, Duration timeout) {
        Path exe = executable();
        if (exe == null) {
            throw new IllegalStateException("Tesseract is not installed");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("cet-ocr-");
            Path in = dir.resolve("page." + page.suffix());
            Files.write(in, page.bytes());
            Path outBase = dir.resolve("out");
            ProcessBuilder builder = new ProcessBuilder(exe.toString(), in.toString(), outBase.toString(), "-l", languages,
                "--psm", "6", "tsv");
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            builder.redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile());
            Process process = builder.start();
            boolean done;
            try {
                done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            }
            if (!done) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new TimedOut("Tesseract ran longer than " + timeout.toMillis() + " ms and was stopped");
            }
            Path tsv = dir.resolve("out.tsv");
            if (process.exitValue() != 0 || !Files.exists(tsv)) {
                throw new IllegalStateException("Tesseract failed with exit code " + process.exitValue());
            }
            return parseTsv(Files.readString(tsv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * Tesseract's TSV: level, page, block, paragraph, line, word, box, confidence (-1 for non-words), text.
     * Words are joined into their lines; the confidence is the mean over the words, 0 to 1.
     */
    static Text parseTsv(String tsv) {
        StringBuilder text = new StringBuilder();
        String lineKey = null;
        List<String> words = new ArrayList<>();
        double sum = 0;
        int count = 0;
        for (String row : tsv.split("\\R")) {
            String[] cols = row.split("\t", -1);
            if (cols.length < 12 || !"5".equals(cols[0])) {
                continue;
            }
            String word = cols[11].strip();
            double conf;
            try {
                conf = Double.parseDouble(cols[10]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (word.isEmpty() || conf < 0) {
                continue;
            }
            String key = cols[1] + "/" + cols[2] + "/" + cols[3] + "/" + cols[4];
            if (!key.equals(lineKey) && !words.isEmpty()) {
                text.append(String.join(" ", words)).append('\n');
                words.clear();
            }
            lineKey = key;
            words.add(word);
            sum += conf;
            count++;
        }
        if (!words.isEmpty()) {
            text.append(String.join(" ", words)).append('\n');
        }
        return new Text(text.toString(), count == 0 ? 0 : Math.min(1, sum / count / 100));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the OS cleans /tmp
        }
    }
}
