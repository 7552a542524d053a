package de.cet.importing.domain.mail;

import java.util.Locale;
import java.util.Optional;

/**
 * Which attachments of a forwarded mail become receipts: PDF, JPEG and PNG (judged from the bytes, not
 * the name), not empty and not above the receipt size limit. Anything else is ignored with a reason.
 */
public final class Attachments {

    private Attachments() {}

    /** Empty when the attachment may become a receipt, else why it is ignored. */
    public static Optional<String> ignored(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.of("empty");
        }
        if (bytes.length > maxBytes) {
            return Optional.of("larger than " + maxBytes + " bytes");
        }
        return kind(bytes) == null ? Optional.of("not a PDF, JPEG or PNG") : Optional.empty();
    }

    /** "PDF", "JPEG" or "PNG" from the file's magic bytes, else null. */
    public static String kind(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "PDF";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "PNG";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A file name safe to keep: no path, no control characters, at most 255 characters. */
    public static String fileName(String name, int position, String kind) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "mail-attachment-" + position + "." + (kind == null ? "bin" : kind.toLowerCase(Locale.ROOT));
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }
}
