package de.cet.importing.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.importing.domain.format.StatementEntry;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two German banks' alert layouts read into bookings; what a template cannot read is named. */
class AlertTemplateTest {

    static final String SPARKASSE = """
        Guten Tag,\r
        Betrag: -1.250,00 EUR\r
        Buchungstag: 03.02.2026\r
        Empfaenger/Auftraggeber: Druckerei Müller\r
        Verwendungszweck: Plakate Wahlkampf\r
        """;

    static final String DKB = """
        Umsatz: 80,00 € Belastung
        Datum: 05.02.2026
        Von/An: Stadtwerke
        Zweck:
        """;

    @Test
    void aSparkasseAlertIsADebitWithDateCounterpartyAndPurpose() {
        StatementEntry e = AlertTemplate.SPARKASSE.read(SPARKASSE);
        assertEquals(Money.of("-1250.00"), e.amount());
        assertEquals(LocalDate.of(2026, 2, 3), e.bookingDate());
        assertEquals(LocalDate.of(2026, 2, 3), e.valueDate());
        assertEquals("Druckerei Müller", e.counterparty());
        assertEquals("Plakate Wahlkampf", e.purpose());
        assertEquals(Money.of("12.00"), AlertTemplate.SPARKASSE.read("Betrag: 12,00 EUR\nBuchungstag: 01.01.2026").amount());
    }

    @Test
    void aDkbAlertTakesTheSignFromDebitOrCreditAndMayLackAPurpose() {
        StatementEntry debit = AlertTemplate.DKB.read(DKB);
        assertEquals(Money.of("-80.00"), debit.amount());
        assertEquals("Stadtwerke", debit.counterparty());
        assertNull(debit.purpose());
        StatementEntry credit = AlertTemplate.DKB.read(DKB.replace("Belastung", "Gutschrift"));
        assertEquals(Money.of("80.00"), credit.amount());
    }

    @Test
    void whatATemplateCannotReadIsNamed() {
        assertTrue(assertThrows(AlertTemplate.AlertException.class, () -> AlertTemplate.SPARKASSE.read(null))
            .getMessage().contains("no amount line"));
        assertTrue(assertThrows(AlertTemplate.AlertException.class, () -> AlertTemplate.SPARKASSE.read("Betrag: viel"))
            .getMessage().contains("not an amount"));
        assertTrue(assertThrows(AlertTemplate.AlertException.class, () -> AlertTemplate.SPARKASSE.read("Betrag: 1,00 EUR"))
            .getMessage().contains("no date line"));
        assertTrue(assertThrows(AlertTemplate.AlertException.class,
            () -> AlertTemplate.SPARKASSE.read("Betrag: 1,00 EUR\nBuchungstag: 31.02.2026x")).getMessage().contains("not a date"));
        assertTrue(assertThrows(AlertTemplate.AlertException.class, () -> AlertTemplate.DKB.read("Umsatz: 1,00 EUR\nDatum: 01.01.2026"))
            .getMessage().contains("neither debit nor credit"));
    }

    @Test
    void theTemplateIsTheConfiguredOneOrTheFirstThatRecognisesTheMail() {
        assertEquals(Optional.of(AlertTemplate.DKB), AlertTemplate.choose(AlertTemplate.DKB, null, null, null));
        assertEquals(Optional.of(AlertTemplate.SPARKASSE), AlertTemplate.choose(null, "Ihr Kontowecker", null, null));
        assertEquals(Optional.of(AlertTemplate.DKB), AlertTemplate.choose(null, "Info", "info@dkb.de", null));
        assertEquals(Optional.of(AlertTemplate.DKB), AlertTemplate.choose(null, null, null, "Ihre DKB"));
        assertEquals(Optional.empty(), AlertTemplate.choose(null, "Rundbrief", "news@example.org", "Hallo"));
        assertFalse(AlertTemplate.DKB.recognises(null));
    }

    @Test
    void attachmentsArePdfJpegOrPngWithinTheLimit() {
        byte[] pdf = "%PDF-1.7 x".getBytes();
        assertEquals(Optional.empty(), Attachments.ignored(pdf, 100));
        assertEquals("PDF", Attachments.kind(pdf));
        assertEquals("JPEG", Attachments.kind(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals("PNG", Attachments.kind(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertNull(Attachments.kind(new byte[] {(byte) 0x89, 'P', 'N', 'X', 0x0D, 0x0A, 0x1A, 0x0A}));
        assertNull(Attachments.kind(new byte[] {1}));
        assertEquals(Optional.of("empty"), Attachments.ignored(new byte[0], 100));
        assertEquals(Optional.of("empty"), Attachments.ignored(null, 100));
        assertEquals(Optional.of("larger than 5 bytes"), Attachments.ignored(pdf, 5));
        assertEquals(Optional.of("not a PDF, JPEG or PNG"), Attachments.ignored("MZ..".getBytes(), 100));
    }

    @Test
    void fileNamesLoseTheirPathAndControlCharacters() {
        assertEquals("rechnung.pdf", Attachments.fileName("C:\\Users\\x\\rechnung.pdf", 1, "PDF"));
        assertEquals("a.pdf", Attachments.fileName("../../a\u0007.pdf", 1, "PDF"));
        assertEquals("mail-attachment-2.png", Attachments.fileName("..", 2, "PNG"));
        assertEquals("mail-attachment-4.jpeg", Attachments.fileName("/tmp/.", 4, "JPEG"));
        assertEquals("mail-attachment-3.bin", Attachments.fileName(null, 3, null));
        assertEquals(255, Attachments.fileName("x".repeat(300) + ".pdf", 1, "PDF").length());
    }
}
