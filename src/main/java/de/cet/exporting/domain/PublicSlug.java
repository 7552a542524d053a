package de.cet.exporting.domain;

import java.util.regex.Pattern;

/**
 * The address part of a public transparency page ({@code /public/books/{slug}}): 3 to 60 lower-case
 * letters, digits and hyphens, starting and ending with a letter or digit, so it is safe in a URL and in
 * HTML without escaping and cannot look like a path.
 */
public final class PublicSlug {

    public static final int MIN = 3;
    public static final int MAX = 60;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]*[a-z0-9]");

    private PublicSlug() {
    }

    /** Why the slug is refused, or null when it is fine. */
    public static String problem(String slug) {
        if (slug.length() < MIN || slug.length() > MAX) {
            return "must be " + MIN + " to " + MAX + " characters long";
        }
        if (!FORMAT.matcher(slug).matches()) {
            return "may contain only lower-case letters a-z, digits and hyphens, and must start and end with a letter or digit";
        }
        return null;
    }
}
