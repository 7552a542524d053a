package de.cet.exporting.domain;

import de.cet.shared.text.SpreadsheetText;
import java.text.Normalizer;

/** The text rules of the DATEV format's fields. */
public final class DatevText {

    /** Buchungstext: at most 60 characters. */
    public static final int BOOKING_TEXT_LENGTH = 60;
    /** Belegfeld 1: at most 36 characters. */
    public static final int DOCUMENT_FIELD_LENGTH = 36;

    private DatevText() {
    }

    /**
     * Belegfeld 1 allows only {@code a-z A-Z 0-9 $ & % * + - /} (DATEV rejects the row otherwise): other
     * characters are dropped, the rest cut to 36.
     */
    public static String documentField(String value) {
        if (value == null) {
            return "";
        }
        String kept = value.replaceAll("[^a-zA-Z0-9$&%*+\\-/]", "");
        return kept.length() > DOCUMENT_FIELD_LENGTH ? kept.substring(0, DOCUMENT_FIELD_LENGTH) : kept;
    }

    /**
     * Buchungstext: "counterparty, description", control characters (line breaks) as spaces, cut to 60, and
     * neutralised against formula injection like every CSV CET writes (the file is also opened in Excel).
     */
    public static String bookingText(String counterparty, String description) {
        String joined = join(counterparty, description);
        String clean = Normalizer.normalize(joined, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", " ").strip();
        String safe = SpreadsheetText.neutralise(clean);
        return safe.length() > BOOKING_TEXT_LENGTH ? safe.substring(0, BOOKING_TEXT_LENGTH) : safe;
    }

    /** A free text field of the header (Bezeichnung): control characters out, cut, neutralised. */
    public static String headerText(String value, int max) {
        String clean = value == null ? "" : value.replaceAll("\\p{Cntrl}", " ").strip();
        String safe = SpreadsheetText.neutralise(clean);
        return safe.length() > max ? safe.substring(0, max) : safe;
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) {
            return a.strip() + ", " + b.strip();
        }
        return hasA ? a : hasB ? b : "";
    }
}
