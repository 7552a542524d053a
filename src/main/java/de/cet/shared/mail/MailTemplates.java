package de.cet.shared.mail;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders the mail templates under {@code templates/mail/}: one file per template and language,
 * {@code <name>.<de|en>.txt}, whose first line is {@code Subject: ...}. Every template may use
 * {@code publicUrl}.
 */
@ApplicationScoped
public class MailTemplates {

    public static final String DEFAULT_LANGUAGE = "de";

    private final Engine engine;
    private final String publicUrl;

    MailTemplates(Engine engine, @ConfigProperty(name = "cet.public-url") String publicUrl) {
        this.engine = engine;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public RenderedMail render(String name, String language, Map<String, Object> data) {
        String lang = language == null ? DEFAULT_LANGUAGE : language.toLowerCase(Locale.ROOT);
        Template template = engine.getTemplate("mail/" + name + "." + lang + ".txt");
        if (template == null) {
            template = engine.getTemplate("mail/" + name + "." + DEFAULT_LANGUAGE + ".txt");
        }
        if (template == null) {
            throw new IllegalArgumentException("No mail template " + name);
        }
        var instance = template.data("publicUrl", publicUrl);
        data.forEach(instance::data);
        String text = instance.render();
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        if (!first.startsWith("Subject:")) {
            throw new IllegalStateException("Mail template " + name + " must start with a Subject: line");
        }
        String body = newline < 0 ? "" : text.substring(newline + 1).stripLeading();
        return new RenderedMail(first.substring("Subject:".length()).trim(), body);
    }

    /** A link into the web UI, e.g. {@code link("accept-invitation", token)}. */
    public String link(String page, String token) {
        return publicUrl + "/" + page + "?token=" + token;
    }

    public record RenderedMail(String subject, String body) {}
}
