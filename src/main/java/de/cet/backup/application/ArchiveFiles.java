package de.cet.backup.application;

import java.nio.file.Path;

/** Where the published archives are kept. */
public interface ArchiveFiles {

    /** The path of a published archive by its file name (it may have been deleted by retention). */
    Path resolve(String fileName);
}
