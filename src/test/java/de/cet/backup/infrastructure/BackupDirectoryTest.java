package de.cet.backup.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupDirectoryTest {

    @TempDir
    Path dataDir;

    @Test
    void retentionKeepsTheNewestArchivesAndNothingElseIsTouched() throws Exception {
        BackupDirectory directory = new BackupDirectory(dataDir.toString());
        for (String day : List.of("20261101", "20261102", "20261103", "20261104")) {
            Files.writeString(directory.dir().resolve("cet-backup-" + day + "T023000Z-abcdef01.zip.pgp"), day);
        }
        Files.writeString(directory.dir().resolve("notes.txt"), "mine");

        List<String> deleted = directory.applyRetention(2);

        assertEquals(List.of("cet-backup-20261102T023000Z-abcdef01.zip.pgp", "cet-backup-20261101T023000Z-abcdef01.zip.pgp"), deleted);
        try (Stream<Path> left = Files.list(directory.dir())) {
            assertEquals(List.of("cet-backup-20261103T023000Z-abcdef01.zip.pgp", "cet-backup-20261104T023000Z-abcdef01.zip.pgp", "notes.txt"),
                left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
