package de.cet.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.reporting.model.ReportLanguage;
import de.cet.shared.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReportMessagesTest {

    private static Properties load(String language) throws IOException {
        Properties labels = new Properties();
        try (InputStream in = ReportMessagesTest.class.getClassLoader()
            .getResourceAsStream("reporting/messages_" + language + ".properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return labels;
    }

    @Test
    void germanAndEnglishLabelsHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("de").stringPropertyNames()), new TreeSet<>(load("en").stringPropertyNames()));
    }

    @Test
    void labelsAreReadAsUtf8AndFilledIn() {
        assertEquals("Rückzahlung an die Kommune", ReportMessages.of(ReportLanguage.DE).get("balance.repayment-to-municipality"));
        assertEquals("Seite 3 von 7", ReportMessages.of(ReportLanguage.DE).get("page.numbering", 3, 7));
        assertEquals("Page 3 of 7", ReportMessages.of(ReportLanguage.EN).get("page.numbering", 3, 7));
    }

    @Test
    void amountsAndDatesFollowTheLanguage() {
        ReportFormats german = new ReportFormats(ReportLanguage.DE);
        ReportFormats english = new ReportFormats(ReportLanguage.EN);
        Money amount = Money.parse("-1234567.89");
        assertEquals("-1.234.567,89\u00a0€", german.money(amount));
        assertEquals("-€1,234,567.89", english.money(amount));
        assertEquals("0,05\u00a0€", german.money(Money.parse("0.05")));
        assertEquals("31.12.2026", german.date(LocalDate.of(2026, 12, 31)));
        assertEquals("31 Dec 2026", english.date(LocalDate.of(2026, 12, 31)));
    }
}
