package de.cet.importing.domain.format;

import static de.cet.importing.StatementSamples.mt940;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.importing.StatementSamples.Mt;
import de.cet.shared.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Mt940ReaderTest {

    static final String IBAN = "DE89370400440532013000";

    static final List<Mt> LINES = List.of(
        new Mt("260105", "D", "450,00", "R1", "Büro Vermietung GmbH", "DE02120300000000202051", "Miete Januar"),
        new Mt("260110", "C", "50,00", null, "Anna Ärger", "DE02120300000000202051", "Beitrag"),
        new Mt("260111", "RD", "15,00", "R3", "Bank", "DE02120300000000202051", "Storno Entgelt"),
        new Mt("260112", "RC", "5,00", "R4", "Bank", "DE02120300000000202051", "Storno Gutschrift"));

    @Test
    void aGermanStatementWithStructuredDetails() {
        List<Statement> s = Mt940Reader.read(mt940(IBAN, "251231", "1000.00", "260131", "610.00", LINES, false));
        assertEquals(1, s.size());
        Statement st = s.get(0);
        assertEquals(StatementFormat.MT940, st.format());
        assertEquals(IBAN, st.iban());
        assertEquals(LocalDate.of(2025, 12, 31), st.from());
        assertEquals(LocalDate.of(2026, 1, 31), st.to());
        assertEquals(Money.of("1000.00"), st.openingBalance());
        assertEquals(Money.of("610.00"), st.closingBalance());
        StatementEntry rent = st.entries().get(0);
        assertEquals(Money.of("-450.00"), rent.amount());
        assertEquals("Büro Vermietung GmbH", rent.counterparty(), "?32 (and ?33)");
        assertEquals("DE02120300000000202051", rent.counterpartyIban(), "?31");
        assertEquals("Miete Januar", rent.purpose(), "the SVWZ+ text of ?20–?29");
        assertEquals("R1", rent.bankReference());
        assertNull(st.entries().get(1).bankReference(), "NONREF is no reference");
        assertTrue(st.entries().get(2).reversal());
        assertEquals(Money.of("15.00"), st.entries().get(2).amount(), "RD: a debit reversed is money in");
        assertEquals(Money.of("-5.00"), st.entries().get(3).amount(), "RC: a credit reversed is money out");
    }

    @Test
    void theSwiftEnvelopeAndSeveralStatements() {
        String text = mt940(IBAN, "251231", "1000.00", "260131", "610.00", LINES, true)
            + mt940(IBAN, "260131", "610.00", "260228", "610.00", List.of(), true);
        List<Statement> s = Mt940Reader.read(text);
        assertEquals(2, s.size());
        assertEquals(4, s.get(0).entries().size());
        assertEquals(0, s.get(1).entries().size());
    }

    @Test
    void theEntryDateAcrossTheYearEnd() {
        String text = ":20:X\n:25:" + IBAN + "\n:60F:C251230EUR10,00\n:61:2601021231D1,00NTRFNONREF//B1\n"
            + ":86:Kontofuehrung\n:61:2512310101C1,00NTRFKREF1\n:62F:C260102EUR10,00\n-\n";
        Statement st = Mt940Reader.read(text).get(0);
        assertEquals(LocalDate.of(2025, 12, 31), st.entries().get(0).bookingDate());
        assertEquals(LocalDate.of(2026, 1, 2), st.entries().get(0).valueDate());
        assertEquals("Kontofuehrung", st.entries().get(0).purpose(), "an unstructured :86: as it is");
        assertEquals(LocalDate.of(2026, 1, 1), st.entries().get(1).bookingDate());
        assertEquals("KREF1", st.entries().get(1).bankReference(), "the customer reference when the bank gives none");
        assertNull(st.entries().get(1).purpose());
    }

    @Test
    void anAccountByBankCodeHasNoIbanAndDebitBalancesAreNegative() {
        String text = ":20:X\n:25:37040044/532013000\n:28C:1\n:60M:D260101EUR10,\n:62M:D260101EUR10,00\n-";
        Statement st = Mt940Reader.read(text).get(0);
        assertNull(st.iban());
        assertEquals(Money.of("-10.00"), st.openingBalance());
    }

    @Test
    void subfieldsWithAnotherSeparatorAndAMissingPurpose() {
        Map<String, String> sub = Mt940Reader.subfields("166@00GUTSCHRIFT@20Teil 1@21 Teil 2@32Name@33 Zwei");
        assertEquals("Teil 1", sub.get("20"));
        assertEquals("Name", sub.get("32"));
        assertNull(Mt940Reader.subfields("Freitext ohne Struktur"));
        assertNull(Mt940Reader.subfields("12"));
        assertNull(Mt940Reader.subfields("1x3?00"));
        assertNull(Mt940Reader.subfields("12x?00"));
        assertNull(Mt940Reader.subfields("1234"));
        String text = ":20:X\n:60F:C260101EUR0,00\n:61:260102C1,00NTRFNONREF\n:86:166?00GUTSCHRIFT?30BLZ?31123?32A\n:62F:C260102EUR1,00\n-";
        StatementEntry e = Mt940Reader.read(text).get(0).entries().get(0);
        assertEquals("GUTSCHRIFT", e.purpose(), "the booking text when there is no purpose");
        assertNull(e.counterpartyIban(), "?31 is an account number, not an IBAN");
    }

    @Test
    void sepaPurpose() {
        assertEquals("Miete", Mt940Reader.sepaPurpose("EREF+123SVWZ+Miete ABWA+Someone"));
        assertEquals("Miete", Mt940Reader.sepaPurpose("SVWZ+Miete"));
        assertEquals("EREF+123", Mt940Reader.sepaPurpose("EREF+123"));
        assertEquals("Freitext", Mt940Reader.sepaPurpose(" Freitext "));
    }

    @Test
    void refusalsNameTheLine() {
        StatementFileException e = assertThrows(StatementFileException.class,
            () -> Mt940Reader.read(":20:X\n:60F:C260101EUR0,00\n:61:garbage\n-"));
        assertTrue(e.getMessage().startsWith("Row 3"), e.getMessage());
        assertThrows(StatementFileException.class, () -> Mt940Reader.read(":25:X\n"));
        assertThrows(StatementFileException.class, () -> Mt940Reader.read(":20:X\n:60F:C260101USD0,00\n-"));
        assertThrows(StatementFileException.class, () -> Mt940Reader.read(":20:X\n:60F:nonsense\n-"));
        assertThrows(StatementFileException.class, () -> Mt940Reader.read(":20:X\n:60F:C261301EUR0,00\n-"));
        assertThrows(StatementFileException.class, () -> Mt940Reader.read(":20:X\n:60F:C260101EUR0,001\n-"));
        assertThrows(StatementFileException.class, () -> Mt940Reader.read(":20:X\n:61:2601021345C1,00NTRFNONREF\n-"));
        assertThrows(StatementFileException.class, () -> Mt940Reader.read("no fields at all"));
        assertThrows(StatementFileException.class, () -> Mt940Reader.read(
            ":20:X\n:60F:C260101EUR0,00\n:61:260102C1,00NTRFNONREF\n:62F:C260102EUR5,00\n-"), "does not add up");
    }

    @Test
    void aClosingDateBeforeTheOpeningOneIsTakenAsTheStart() {
        Statement st = Mt940Reader.read(":20:X\n:60F:C260105EUR0,00\n:62F:C260101EUR0,00\n-").get(0);
        assertEquals(LocalDate.of(2026, 1, 1), st.from());
    }

    @Test
    void detection() {
        assertTrue(Mt940Reader.looksLikeMt940(":20:STARTUMSE\n:25:x"));
        assertTrue(Mt940Reader.looksLikeMt940(":20:STARTUMSE\n:60F:x"));
        assertTrue(Mt940Reader.looksLikeMt940(":20:STARTUMSE\n:61:x"));
        assertFalse(Mt940Reader.looksLikeMt940(":20: only"));
        assertFalse(Mt940Reader.looksLikeMt940("Buchungstag;Betrag"));
    }

    @Test
    void umlautsInEveryEncodingGermanBanksUse() {
        String text = mt940(IBAN, "251231", "1000.00", "260131", "610.00", LINES, false);
        for (var cs : List.of(Charsets.CP850, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8)) {
            Statement st = Mt940Reader.read(Charsets.decode(text.getBytes(cs))).get(0);
            assertEquals("Anna Ärger", st.entries().get(1).counterparty(), cs.name());
        }
    }

    @Test
    void aClosingBalanceDatedBeforeTheOpeningOneGivesAOneDayStatement() {
        Statement st = Mt940Reader.read(mt940(IBAN, "260131", "610.00", "251231", "610.00", List.of(), false)).get(0);
        assertEquals(LocalDate.of(2025, 12, 31), st.from());
        assertEquals(LocalDate.of(2025, 12, 31), st.to());
    }

    @Test
    void aStatementWithoutBalancesTakesItsDatesFromItsEntries() {
        String text = mt940(IBAN, "251231", "1000.00", "260131", "610.00", LINES, false).lines()
            .filter(l -> !l.startsWith(":60F:") && !l.startsWith(":62F:")).reduce("", (a, b) -> a + b + "\r\n");
        Statement st = Mt940Reader.read(text).get(0);
        assertEquals(LocalDate.of(2026, 1, 5), st.from(), "the first entry's date");
        assertFalse(st.to().isBefore(st.from()));
        assertNull(st.openingBalance());
        assertNull(st.closingBalance());
        assertEquals(4, st.entries().size());
    }
}
