package de.cet.importing.domain.format;

/** Whitespace folded, blank as null, cut to the column's length. */
final class Text {

    private Text() {}

    static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() > max ? t.substring(0, max) : t;
    }
}
