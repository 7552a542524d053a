package de.cet.reporting.render;

import de.cet.reporting.model.ReportLanguage;
import java.time.format.DateTimeFormatter;

/**
 * The CSV flavour per report language, chosen so that a double-click opens the file correctly in
 * Excel and LibreOffice set to that language (docs/adr/0004-csv-format.md).
 */
public enum CsvDialect {
    /** German Excel splits on {@code ;} and reads {@code 1234,56} as a number and {@code 31.12.2026} as a date. */
    GERMAN(';', ',', DateTimeFormatter.ofPattern("dd.MM.yyyy")),
    /** English Excel splits on {@code ,} and reads {@code 1234.56}; ISO dates are read as dates everywhere. */
    ENGLISH(',', '.', DateTimeFormatter.ISO_LOCAL_DATE);

    private final char delimiter;
    private final char decimalSeparator;
    private final DateTimeFormatter dateFormat;

    CsvDialect(char delimiter, char decimalSeparator, DateTimeFormatter dateFormat) {
        this.delimiter = delimiter;
        this.decimalSeparator = decimalSeparator;
        this.dateFormat = dateFormat;
    }

    public static CsvDialect of(ReportLanguage language) {
        return language == ReportLanguage.EN ? ENGLISH : GERMAN;
    }

    public char delimiter() {
        return delimiter;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }

    public DateTimeFormatter dateFormat() {
        return dateFormat;
    }
}
