package de.cet.backup.api;

import de.cet.backup.application.RestoreResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RestoreResult")
public record RestoreResultDto(String archiveSchemaVersion, String schemaVersion, int tables, long rows,
                               boolean migrated) {
    static RestoreResultDto of(RestoreResult r) {
        return new RestoreResultDto(r.archiveSchemaVersion(), r.schemaVersion(), r.tables(), r.rows(), r.migrated());
    }
}
