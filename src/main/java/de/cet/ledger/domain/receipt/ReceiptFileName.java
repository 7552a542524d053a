package de.cet.ledger.domain.receipt;

import java.text.Normalizer;

/**
 * A file name that is safe to store and to send back in {@code Content-Disposition}: only the last path
 * segment of what the browser sent, without control characters, separators, leading dots or traversal,
 * at most 200 characters (the extension kept). Nothing usable left → {@code receipt}.
 */
public record ReceiptFileName(String value) {

    public static final String FALLBACK = "receipt";
    private static final int MAX = 200;

    public ReceiptFileName {
        value = sanitise(value);
    }

    public static ReceiptFileName of(String raw) {
        return new ReceiptFileName(raw);
    }

    private static String sanitise(String raw) {
        if (raw == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints()
            .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
            .map(cp -> "<>:\"|?*".indexOf(cp) >= 0 ? '_' : cp)
            .forEach(clean::appendCodePoint);
        name = clean.toString().replaceAll("\\.{2,}", ".").strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.isEmpty()) {
            return FALLBACK;
        }
        if (name.length() > MAX) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX - ext.length()) + ext;
        }
        return name;
    }

    @Override
    public String toString() {
        return value;
    }
}
