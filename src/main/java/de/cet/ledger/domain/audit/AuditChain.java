package de.cet.ledger.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Appends to and verifies a book's hash chain. Each entry's hash covers the previous entry's hash and
 * its own canonical fields, so changing, deleting, inserting or reordering any entry breaks every hash
 * from there on. The first entry of a book links to {@link #GENESIS}.
 */
public final class AuditChain {

    /** The prevHash of a book's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /**
     * The entry that follows {@code previous} (null for the book's first entry). {@code at} is cut to
     * microseconds, the precision PostgreSQL keeps, so that the stored entry still verifies.
     */
    public static AuditEntry append(AuditEntry previous, UUID bookId, UUID actorId, Instant at, String action,
                                    String entityType, String entityId, Map<String, ?> payload) {
        return link(previous, AuditChange.of(bookId, actorId, action, entityType, entityId, payload), at);
    }

    /**
     * Links {@code change} into the chain after {@code previous} (null for the book's first entry), stamped
     * {@code at} (cut to microseconds, the precision PostgreSQL keeps, so that the stored entry still verifies).
     */
    public static AuditEntry link(AuditEntry previous, AuditChange change, Instant at) {
        Objects.requireNonNull(change, "change");
        UUID bookId = change.bookId();
        if (previous != null && !previous.bookId().equals(bookId)) {
            throw new IllegalArgumentException("the previous entry belongs to another book");
        }
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String prevHash = previous == null ? GENESIS : previous.hash();
        Instant stamp = at.truncatedTo(ChronoUnit.MICROS);
        String hash = hash(sequence, bookId, change.actorId(), stamp, change.action(), change.entityType(),
            change.entityId(), change.payload(), prevHash);
        return new AuditEntry(sequence, bookId, change.actorId(), stamp, change.action(), change.entityType(),
            change.entityId(), change.payload(), prevHash, hash);
    }

    /**
     * Checks an ordered list (by sequence) of one book's entries: sequences run 1, 2, 3… without gaps,
     * each links to its predecessor's hash, each hash matches its content. {@code firstBrokenAt} is the
     * position (1-based, the sequence number expected there) of the first entry that fails.
     */
    public static AuditVerification verify(List<AuditEntry> entries) {
        Verifier verifier = new Verifier();
        entries.forEach(verifier::accept);
        return verifier.result();
    }

    /**
     * {@link #verify} one entry at a time, so that a long chain is checked page by page without being held
     * in memory (a book with 100 000 entries does not fit a small heap). Entries after the first broken one
     * are counted, not checked.
     */
    public static final class Verifier {
        private String expectedPrev = GENESIS;
        private UUID book;
        private long count;
        private Long firstBrokenAt;

        public void accept(AuditEntry e) {
            count++;
            if (firstBrokenAt != null) {
                return;
            }
            if (book == null) {
                book = e.bookId();
            }
            boolean intact = e.sequence() == count
                && e.bookId().equals(book)
                && e.prevHash().equals(expectedPrev)
                && AuditEntry.HEX64.matcher(e.hash()).matches()
                && e.hash().equals(hash(e.sequence(), e.bookId(), e.actorId(), e.at(), e.action(), e.entityType(),
                    e.entityId(), e.payload(), e.prevHash()));
            if (!intact) {
                firstBrokenAt = count;
            }
            expectedPrev = e.hash();
        }

        public AuditVerification result() {
            return new AuditVerification(firstBrokenAt == null, count, firstBrokenAt);
        }
    }

    static String hash(long sequence, UUID bookId, UUID actorId, Instant at, String action, String entityType,
                       String entityId, String payload, String prevHash) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", sequence);
        fields.put("bookId", bookId.toString());
        fields.put("actorId", actorId == null ? null : actorId.toString());
        fields.put("at", at.toString());
        fields.put("action", action);
        fields.put("entityType", entityType);
        fields.put("entityId", entityId);
        fields.put("payload", payload);
        String input = prevHash + "\n" + CanonicalJson.of(fields);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
