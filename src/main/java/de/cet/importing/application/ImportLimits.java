package de.cet.importing.application;

import de.cet.importing.domain.format.StatementFiles;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code cet.import.*}: the size of a statement file and the ZIP limits (ADR 0019). */
@ConfigMapping(prefix = "cet.import")
public interface ImportLimits {

    /** Largest statement file, and the most a ZIP may unpack to, in bytes. */
    @WithDefault("20971520")
    long maxBytes();

    /** Most files in a ZIP. */
    @WithDefault("50")
    int maxZipEntries();

    /** Most a ZIP may expand (unpacked / packed). */
    @WithDefault("100")
    int maxZipRatio();

    default StatementFiles.Limits limits() {
        return new StatementFiles.Limits(maxBytes(), maxZipEntries(), maxZipRatio());
    }
}
