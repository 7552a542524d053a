package de.cet.backup.application;

/** What a restore wrote: the archive's schema, the schema now, and how much. */
public record RestoreResult(String archiveSchemaVersion, String schemaVersion, int tables, long rows,
                            boolean migrated) {}
