package de.cet.reporting.render;

import de.cet.reporting.model.ReportLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The reports' labels in German and English (resources {@code reporting/messages_de|en.properties},
 * UTF-8). Read as plain properties rather than through ResourceBundle: no fallback to the JVM's
 * default locale (a German report never picks up English labels), and nothing to register for the
 * native image beyond the resource files themselves.
 */
public final class ReportMessages {

    private static final Map<ReportLanguage, ReportMessages> BY_LANGUAGE = new EnumMap<>(ReportLanguage.class);

    static {
        for (ReportLanguage language : ReportLanguage.values()) {
            BY_LANGUAGE.put(language, new ReportMessages(language));
        }
    }

    private final ReportLanguage language;
    private final Properties labels = new Properties();

    private ReportMessages(ReportLanguage language) {
        this.language = language;
        String resource = "reporting/messages_" + language.code() + ".properties";
        try (InputStream in = ReportMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReportMessages of(ReportLanguage language) {
        return BY_LANGUAGE.get(language);
    }

    public String get(String key) {
        String label = labels.getProperty(key);
        if (label == null) {
            throw new MissingResourceException("no label " + key + " for " + language, ReportMessages.class.getName(), key);
        }
        return label;
    }

    public String get(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(get(key), language.locale());
        return format.format(arguments);
    }
}
