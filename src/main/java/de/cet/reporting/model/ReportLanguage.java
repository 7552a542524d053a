package de.cet.reporting.model;

import java.util.Locale;

/** The language a report is written in; decides labels, category names and number formats. */
public enum ReportLanguage {
    DE(Locale.GERMANY),
    EN(Locale.UK);

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code "de"} or {@code "en"}, as users' locales and mail templates spell it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Any other or missing language falls back to German, the language of the caucuses' authorities. */
    public static ReportLanguage fromCode(String code) {
        return code != null && code.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : DE;
    }
}
