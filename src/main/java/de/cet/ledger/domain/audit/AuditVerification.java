package de.cet.ledger.domain.audit;

/** The answer of {@code GET .../audit-log/verification}: {@code {valid, entries, firstBrokenAt}}; firstBrokenAt is null when valid. */
public record AuditVerification(boolean valid, long entries, Long firstBrokenAt) {}
