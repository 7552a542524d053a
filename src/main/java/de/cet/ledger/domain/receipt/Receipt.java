package de.cet.ledger.domain.receipt;

import jakarta.persistence.*;

import de.cet.shared.error.InvalidInputException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A receipt's metadata (the file's bytes live beside it in the database). Invariants: a number of its
 * book and period, a sanitised file name, an allowed content type, a size above zero, and the SHA-256 of
 * the content in lower-case hex — unique per book, so the same file uploaded twice is recognised.
 * Receipts are never changed once stored; they may be attached to several transactions.
 */
@Entity
@Table(name = "ledger_receipt")
public class Receipt {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Id

    private UUID id;
    @Column(name = "book_id", nullable = false)
    private UUID bookId;
    @Column(name = "period_id", nullable = false)
    private UUID periodId;
    @Column(name = "number", length = 16, nullable = false)
    private String number;
    /** The running number within the period, kept beside {@link #number} so the database keeps it unique. */
    @Column(name = "sequence", nullable = false)
    private int sequence;

    @Column(name = "file_name", length = 200, nullable = false)
    private String fileName;
    @Column(name = "content_type", length = 32, nullable = false)
    private String contentType;
    @Column(name = "size", nullable = false)
    private long size;
    @JdbcTypeCode(SqlTypes.CHAR) @Column(name = "sha256", length = 64, nullable = false)
    private String sha256;
    @Column(name = "uploaded_by", nullable = false)
    private UUID uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Receipt() {}

    public static Receipt store(UUID id, UUID bookId, UUID periodId, ReceiptNumber number, String rawFileName,
                                ReceiptContentType contentType, long size, String sha256, UUID uploadedBy,
                                Instant now) {
        Receipt r = new Receipt();
        r.id = Objects.requireNonNull(id, "id");
        r.bookId = Objects.requireNonNull(bookId, "bookId");
        r.periodId = Objects.requireNonNull(periodId, "periodId");
        r.number = Objects.requireNonNull(number, "number").toString();
        r.sequence = number.sequence();
        r.fileName = ReceiptFileName.of(rawFileName).value();
        r.contentType = Objects.requireNonNull(contentType, "contentType").mimeType();
        if (size <= 0) {
            throw new InvalidInputException("file", "must not be empty");
        }
        r.size = size;
        String hash = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(hash).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits");
        }
        r.sha256 = hash;
        r.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        r.uploadedAt = Objects.requireNonNull(now, "now");
        return r;
    }

    public UUID id() { return id; }
    public UUID bookId() { return bookId; }
    public UUID periodId() { return periodId; }
    public ReceiptNumber number() { return ReceiptNumber.parse(number); }
    public String fileName() { return fileName; }
    public ReceiptContentType contentType() { return ReceiptContentType.fromMimeType(contentType); }
    public long size() { return size; }
    public String sha256() { return sha256; }
    public UUID uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
