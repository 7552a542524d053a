package de.cet.ledger.application;

import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.Periods;
import de.cet.ledger.domain.receipt.Receipt;
import de.cet.ledger.domain.receipt.ReceiptContentType;
import de.cet.ledger.domain.receipt.ReceiptNumber;
import de.cet.ledger.domain.receipt.ReceiptRepository;
import de.cet.shared.error.CetException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.error.ProblemKind;
import de.cet.shared.idempotency.Idempotency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receipts: the type is decided from the bytes (Apache Tika's magic-byte detection), never from the
 * name or the declared type; XML must not declare a DOCTYPE or entities; the same file twice in a book
 * answers the receipt already stored; metadata and bytes are written in one transaction.
 */
@ApplicationScoped
public class ReceiptService {

    /** A stored receipt; {@code existing} when the same bytes had been uploaded to the book before. */
    public record Upload(Receipt receipt, boolean existing) {}

    public record Content(Receipt receipt, byte[] bytes) {}

    private static final Tika TIKA = new Tika();

    private final LedgerAccess access;
    private final ReceiptRepository receipts;
    private final AuditTrail audit;
    private final Idempotency idempotency;
    private final Clock clock;
    private final long maxBytes;

    ReceiptService(LedgerAccess access, ReceiptRepository receipts, AuditTrail audit, Idempotency idempotency, Clock clock,
                   @ConfigProperty(name = "cet.receipts.max-bytes") long maxBytes) {
        this.access = access;
        this.receipts = receipts;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** 404 for non-members, 403 for auditors, 413 above the limit: checked before the upload is read. */
    public void requireWithinLimit(UUID bookId, UUID userId, long size) {
        access.actor(bookId, userId).requireWrites();
        if (size > maxBytes) {
            throw tooLarge();
        }
    }

    private CetException tooLarge() {
        return new CetException(ProblemKind.PAYLOAD_TOO_LARGE, "receipt-too-large",
            "A receipt may have at most " + maxBytes + " bytes.");
    }

    @Transactional
    public Upload upload(UUID bookId, UUID userId, String idempotencyKey, String fileName, byte[] bytes) {
        Actor actor = access.actor(bookId, userId);
        actor.requireWrites();
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "must not be empty");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        ReceiptContentType type = detect(bytes);
        String sha256 = sha256(bytes);
        UUID[] existed = new UUID[1];
        UUID id = idempotency.execute(userId + " POST /books/" + bookId + "/receipts", idempotencyKey,
            Map.of("sha256", sha256, "fileName", String.valueOf(fileName)), UUID.class, () -> {
                // the chain's lock serialises uploads of one book, so numbers and duplicate checks never race
                audit.lockBook(bookId);
                var same = receipts.findBySha256(bookId, sha256);
                if (same.isPresent()) {
                    existed[0] = same.get().id();
                    return same.get().id();
                }
                Periods periods = access.periods(bookId);
                AccountingPeriod period = ReceiptNumber.periodForUpload(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), periods);
                ReceiptNumber number = ReceiptNumber.next(period, periods.all(),
                    receipts.lastNumber(bookId, period.id()).orElse(null));
                Receipt receipt = Receipt.store(UUID.randomUUID(), bookId, period.id(), number, fileName, type, bytes.length,
                    sha256, userId, clock.instant());
                receipts.save(receipt, bytes);
                audit.record(bookId, userId, "RECEIPT_UPLOADED", "Receipt", receipt.id(), Payloads.receipt(receipt));
                return receipt.id();
            }).result();
        return new Upload(find(bookId, id), existed[0] != null);
    }

    /**
     * A receipt that arrived by mail (importing's IMAP mailboxes, ADR 0022): stored as an upload by
     * {@code uploadedBy} (the administrator who configured the mailbox) without a membership check, since
     * the mailbox, not a member, brings it. The caller has checked type and size; the same bytes twice
     * answer the receipt already stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Upload fromMail(UUID bookId, UUID uploadedBy, String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "must not be empty");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        ReceiptContentType type = detect(bytes);
        String sha256 = sha256(bytes);
        audit.lockBook(bookId);
        var same = receipts.findBySha256(bookId, sha256);
        if (same.isPresent()) {
            return new Upload(same.get(), true);
        }
        Periods periods = access.periods(bookId);
        AccountingPeriod period = ReceiptNumber.periodForUpload(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), periods);
        ReceiptNumber number = ReceiptNumber.next(period, periods.all(), receipts.lastNumber(bookId, period.id()).orElse(null));
        Receipt receipt = Receipt.store(UUID.randomUUID(), bookId, period.id(), number, fileName, type, bytes.length,
            sha256, uploadedBy, clock.instant());
        receipts.save(receipt, bytes);
        audit.record(bookId, uploadedBy, "RECEIPT_UPLOADED", "Receipt", receipt.id(), Payloads.receipt(receipt));
        return new Upload(receipt, false);
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Transactional
    public Receipt get(UUID bookId, UUID userId, UUID receiptId) {
        access.actor(bookId, userId);
        return find(bookId, receiptId);
    }

    @Transactional
    public Content content(UUID bookId, UUID userId, UUID receiptId) {
        access.actor(bookId, userId);
        Receipt receipt = find(bookId, receiptId);
        return new Content(receipt, receipts.content(receiptId));
    }

    private Receipt find(UUID bookId, UUID receiptId) {
        return receipts.find(bookId, receiptId).orElseThrow(() -> new NotFoundException("receipt-not-found", "No such receipt."));
    }

    static ReceiptContentType detect(byte[] bytes) {
        String detected;
        try {
            detected = TIKA.detect(bytes);
        } catch (RuntimeException e) {
            detected = "application/octet-stream";
        }
        ReceiptContentType type = ReceiptContentType.fromMimeType(normalise(detected));
        if (type == ReceiptContentType.XML || type == ReceiptContentType.TEXT_XML) {
            requireSafeXml(bytes);
            return ReceiptContentType.XML;
        }
        return type;
    }

    /** Tika names some allowed types differently (HEIF family, XML subtypes). */
    private static String normalise(String mime) {
        return switch (mime) {
            case "image/heif", "image/heic-sequence" -> "image/heic";
            case "text/xml" -> "application/xml";
            default -> mime;
        };
    }

    /** Refuses a DOCTYPE (and with it every entity declaration): no entity expansion, no external fetches. */
    public static void requireSafeXml(byte[] bytes) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler());
        } catch (org.xml.sax.SAXException | IOException | javax.xml.parsers.ParserConfigurationException e) {
            throw new CetException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "xml-refused",
                "XML receipts must be well-formed and must not contain a DOCTYPE or entity declarations.");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
