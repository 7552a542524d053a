package de.cet.backup.application;

import java.nio.file.Path;
import javax.sql.DataSource;

/** Restores an archive into an empty instance (the archive engine lives in infrastructure). */
public interface Restores {

    /** Restores into this instance's database. */
    RestoreResult restore(Path archive, RestoreKey key);

    /** Restores into the current schema of {@code target} (tests use a second database). */
    RestoreResult restoreInto(DataSource target, Path archive, RestoreKey key);
}
