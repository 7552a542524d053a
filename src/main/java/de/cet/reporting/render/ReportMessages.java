package de.cet.reporting.render;

import de.cet.reporting.model.ReportLanguage;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The reports' labels in German and English (resources {@code reporting/messages_de|en.properties}). */
public final class ReportMessages {

    private static final Map<ReportLanguage, ReportMessages> BY_LANGUAGE = new EnumMap<>(ReportLanguage.class);

    static {
        for (ReportLanguage language : ReportLanguage.values()) {
            BY_LANGUAGE.put(language, new ReportMessages(language));
        }
    }

    private final ReportLanguage language;
    private final ResourceBundle bundle;

    private ReportMessages(ReportLanguage language) {
        this.language = language;
        // No fallback to the JVM's default locale: a German report must never pick up English labels.
        this.bundle = ResourceBundle.getBundle("reporting.messages", Locale.forLanguageTag(language.code()),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ReportMessages of(ReportLanguage language) {
        return BY_LANGUAGE.get(language);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String get(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(bundle.getString(key), language.locale());
        return format.format(arguments);
    }
}
