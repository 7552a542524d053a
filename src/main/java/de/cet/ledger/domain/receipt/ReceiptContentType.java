package de.cet.ledger.domain.receipt;

import de.cet.shared.error.CetException;
import de.cet.shared.error.ProblemKind;
import java.util.Locale;

/**
 * The file types CET keeps as receipts. The infrastructure decides the type by magic bytes; this enum only
 * says which types are allowed.
 */
public enum ReceiptContentType {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    HEIC("image/heic"),
    /** XRechnung as XML. */
    XML("application/xml"),
    TEXT_XML("text/xml");

    private final String mimeType;

    ReceiptContentType(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }

    /** Parses a media type, ignoring case and parameters ({@code ;charset=...}); anything else → 415. */
    public static ReceiptContentType fromMimeType(String value) {
        if (value != null) {
            String bare = value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            for (ReceiptContentType type : values()) {
                if (type.mimeType.equals(bare)) {
                    return type;
                }
            }
        }
        throw new CetException(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
            "Receipts must be PDF, JPEG, PNG, WebP, HEIC or XML (XRechnung).");
    }
}
