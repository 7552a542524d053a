package de.cet.shared.text;

/**
 * The one rule against formula injection (OWASP "CSV injection", ADR 0004) for every file a spreadsheet or
 * an accounting program may open: a text starting with {@code = + - @}, tab or CR (or their full-width
 * forms, which some Excel versions also treat as formula starts) gets a leading {@code '}, so it is shown
 * as text and never evaluated; the original stays readable.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + value;
            default -> value;
        };
    }
}
