package de.cet.backup.application;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired inside the transaction that records a failed backup run. The notifications context tells the
 * instance administrators (in their language and per their preferences, in the inbox and by mail); the
 * backup itself mails only the operator addresses of {@code CET_BACKUP_EMAIL_TO}.
 *
 * @param error CET's own sentence about the failure (never the exception's text)
 */
public record BackupFailed(UUID runId, Instant startedAt, String error) {}
