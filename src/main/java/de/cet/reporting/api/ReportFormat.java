package de.cet.reporting.api;

import de.cet.reporting.model.Fund;
import de.cet.reporting.model.ReportLanguage;
import de.cet.shared.error.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The {@code format}, {@code fund} and {@code lang} query parameters, read as strings so that an unknown
 * value answers 400 with the field instead of JAX-RS' silent 404 for unconvertible parameters.
 */
enum ReportFormat {
    JSON("application/json", "json"),
    CSV("text/csv; charset=UTF-8", "csv"),
    PDF("application/pdf", "pdf");

    final String mediaType;
    final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ReportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return JSON;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "csv" -> CSV;
            case "pdf" -> PDF;
            default -> throw new InvalidInputException("format", "must be json, csv or pdf");
        };
    }

    static Fund fund(String value) {
        if (value == null || value.isBlank()) {
            return Fund.PUBLIC;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "PUBLIC" -> Fund.PUBLIC;
            case "OWN" -> Fund.OWN;
            default -> throw new InvalidInputException("fund", "must be PUBLIC or OWN");
        };
    }

    static ReportLanguage language(String value) {
        if (value == null || value.isBlank()) {
            return ReportLanguage.DE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "de" -> ReportLanguage.DE;
            case "en" -> ReportLanguage.EN;
            default -> throw new InvalidInputException("lang", "must be de or en");
        };
    }

    /** {@code attachment} with an ASCII fallback name and the UTF-8 name (RFC 6266). */
    static String attachment(String baseName, ReportFormat format) {
        String name = baseName + "." + format.extension;
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
