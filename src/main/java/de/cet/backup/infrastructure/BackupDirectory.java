package de.cet.backup.infrastructure;

import de.cet.backup.application.ArchiveFiles;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code CET_DATA_DIR/backups}: finished archives ({@code cet-backup-*.zip.pgp}) and, while a backup runs,
 * its encrypted temporary file, which is renamed atomically when complete so a half-written archive is
 * never mistaken for a backup.
 */
@ApplicationScoped
public class BackupDirectory implements ArchiveFiles {

    static final String PREFIX = "cet-backup-";
    static final String SUFFIX = ".zip.pgp";

    private final Path dir;

    BackupDirectory(@ConfigProperty(name = "cet.data-dir") String dataDir) {
        this.dir = Path.of(dataDir).resolve("backups").toAbsolutePath().normalize();
    }

    public Path dir() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup directory " + dir, e);
        }
        return dir;
    }

    public Path newTemporaryFile(String runId) throws IOException {
        return Files.createFile(dir().resolve(".incomplete-" + runId + SUFFIX));
    }

    public Path publish(Path temporary, String fileName) throws IOException {
        return Files.move(temporary, dir().resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The archive with this name, if it still exists (names from the database only, never from a request). */
    @Override
    public Path resolve(String fileName) {
        Path path = dir().resolve(fileName).normalize();
        if (!path.getParent().equals(dir)) {
            throw new IllegalArgumentException("Not a backup file name: " + fileName);
        }
        return path;
    }

    /** Deletes all but the newest {@code keep} archives; returns the deleted names. */
    public List<String> applyRetention(int keep) throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(dir())) {
            archives = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(SUFFIX))
                .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                .toList();
        }
        List<Path> old = archives.subList(Math.min(Math.max(keep, 1), archives.size()), archives.size());
        for (Path p : old) {
            Files.deleteIfExists(p);
        }
        return old.stream().map(p -> p.getFileName().toString()).toList();
    }
}
