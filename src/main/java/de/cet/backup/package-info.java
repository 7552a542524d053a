/**
 * Backup context: encrypted, verifiable archives of the whole instance (every table of the application
 * schema, whatever contexts exist), their schedule, retention and mailing, and the restore into an
 * empty instance. The archive format is documented in {@code docs/backup-format.md}.
 */
package de.cet.backup;
