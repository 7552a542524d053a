package de.cet.reporting.render;

import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.ReportPeriod;
import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How amounts and dates look in the reports: German {@code 1.234,56 €} and {@code 31.12.2026},
 * English {@code €1,234.56} and {@code 31 Dec 2026}. Not thread-safe (DecimalFormat): one per rendering.
 */
public final class ReportFormats {

    /** Sign-off times are shown in the caucuses' time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final ReportLanguage language;
    private final DecimalFormat grouped;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public ReportFormats(ReportLanguage language) {
        this.language = language;
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(language.locale());
        if (language == ReportLanguage.DE) {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator('.');
        } else {
            symbols.setDecimalSeparator('.');
            symbols.setGroupingSeparator(',');
        }
        symbols.setMinusSign('-');
        this.grouped = new DecimalFormat("#,##0.00", symbols);
        this.grouped.setParseBigDecimal(true);
        if (language == ReportLanguage.DE) {
            this.date = DateTimeFormatter.ofPattern("dd.MM.yyyy", language.locale());
            this.dateTime = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", language.locale()).withZone(ZONE);
        } else {
            this.date = DateTimeFormatter.ofPattern("d MMM yyyy", language.locale());
            this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", language.locale()).withZone(ZONE);
        }
    }

    public ReportLanguage language() {
        return language;
    }

    /** {@code 1.234,56 €} / {@code €1,234.56}; negative {@code -1.234,56 €} / {@code -€1,234.56}. */
    public String money(Money money) {
        BigDecimal amount = money.amount();
        String digits = grouped.format(amount.abs());
        String sign = amount.signum() < 0 ? "-" : "";
        return language == ReportLanguage.DE ? sign + digits + "\u00a0€" : sign + "€" + digits;
    }

    public String date(LocalDate value) {
        return date.format(value);
    }

    public String dateTime(Instant value) {
        return dateTime.format(value);
    }

    public String period(ReportPeriod period) {
        return period.name() + " (" + date(period.start()) + " – " + date(period.end()) + ")";
    }

    public String range(LocalDate from, LocalDate to) {
        return date(from) + " – " + date(to);
    }
}
