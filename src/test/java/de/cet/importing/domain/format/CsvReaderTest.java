package de.cet.importing.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.importing.domain.format.CsvProfile.Columns;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each preset against an export written from the bank's documented columns, and the refusals with their row. */
class CsvReaderTest {

    static CsvProfile preset(String id) {
        return CsvPresets.find(id).orElseThrow().profile();
    }

    static Statement read(String id, String text) {
        CsvProfile p = preset(id);
        return CsvReader.read(text.getBytes(p.charset()), p);
    }

    @Test
    void sparkasse() {
        Statement s = read("sparkasse", """
            "Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Glaeubiger ID";"Mandatsreferenz";"Kundenreferenz (End-to-End)";"Sammlerreferenz";"Lastschrift Ursprungsbetrag";"Auslagenersatz Ruecklastschrift";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"BIC (SWIFT-Code)";"Betrag";"Waehrung";"Info"
            "DE89370400440532013000";"05.01.26";"05.01.26";"FOLGELASTSCHRIFT";"Miete Januar";"";"";"E2E-1";"";"";"";"Büro Vermietung GmbH";"DE02120300000000202051";"BYLADEM1001";"-450,00";"EUR";"Umsatz gebucht"
            "DE89370400440532013000";"06.01.26";"06.01.26";"GUTSCHRIFT";"Beitrag";"";"";"";"";"";"";"Anna";"DE02120300000000202051";"";"1.234,56";"EUR";"Umsatz gebucht"
            """);
        assertEquals("DE89370400440532013000", s.iban());
        assertEquals(2, s.entries().size());
        StatementEntry e = s.entries().get(0);
        assertEquals(LocalDate.of(2026, 1, 5), e.bookingDate());
        assertEquals(Money.of("-450.00"), e.amount());
        assertEquals("Büro Vermietung GmbH", e.counterparty());
        assertEquals("E2E-1", e.bankReference());
        assertEquals(Money.of("1234.56"), s.entries().get(1).amount());
        assertNull(s.openingBalance());
    }

    @Test
    void volksbankAndGls() {
        String text = """
            Bezeichnung Auftragskonto;IBAN Auftragskonto;BIC Auftragskonto;Bankname Auftragskonto;Buchungstag;Valutadatum;Name Zahlungsbeteiligter;IBAN Zahlungsbeteiligter;BIC (SWIFT-Code) Zahlungsbeteiligter;Buchungstext;Verwendungszweck;Betrag;Waehrung;Saldo nach Buchung;Bemerkung;Kategorie;Steuerrelevant;Glaeubiger ID;Mandatsreferenz
            Girokonto;DE89370400440532013000;GENODEF1;VR Bank;02.01.2026;02.01.2026;Stadtwerke;DE02120300000000202051;;Lastschrift;Strom;-80,10;EUR;919,90;;;;;
            """;
        for (String id : new String[] {"volksbank", "gls"}) {
            Statement s = read(id, text);
            assertEquals(Money.of("-80.10"), s.entries().get(0).amount());
            assertEquals("Stadtwerke", s.entries().get(0).counterparty());
            assertEquals("DE02120300000000202051", s.entries().get(0).counterpartyIban());
        }
    }

    @Test
    void dkbWithItsLeadingRowsAndPayerAndPayeeApart() {
        Statement s = read("dkb", """
            "Girokonto";"DE89370400440532013000"
            ""
            "Kontostand vom 31.01.2026:";"1.000,00 €"
            ""
            "Buchungsdatum";"Wertstellung";"Status";"Zahlungspflichtige*r";"Zahlungsempfänger*in";"Verwendungszweck";"Umsatztyp";"IBAN";"Betrag (€)";"Gläubiger-ID";"Mandatsreferenz";"Kundenreferenz"
            "30.01.26";"30.01.26";"Gebucht";"Fraktion";"Druckerei Schmidt";"Flyer";"Ausgang";"DE02120300000000202051";"-89,90";"";"";"K1"
            "31.01.26";"31.01.26";"Gebucht";"Stadt Musterstadt";"Fraktion";"Zuschuss";"Eingang";"DE02120300000000202051";"5.000";"";"";""
            """);
        assertEquals("Druckerei Schmidt", s.entries().get(0).counterparty(), "money out: the payee");
        assertEquals("Stadt Musterstadt", s.entries().get(1).counterparty(), "money in: the payer");
        assertEquals(Money.of("5000.00"), s.entries().get(1).amount());
    }

    @Test
    void ingInLatin1WithTwoCurrencyColumns() {
        Statement s = read("ing", """
            Umsatzanzeige;Datei erstellt am: 01.02.2026 10:00
            ;Letztes Update: aktuell

            IBAN;DE89 3704 0044 0532 0130 00
            Kontoname;Girokonto
            Bank;ING
            Kunde;Fraktion
            Zeitraum;01.01.2026 - 31.01.2026
            Saldo;1.000,00;EUR

            Sortierung;Datum absteigend

            In der CSV-Datei finden Sie alle bereits gebuchten Umsätze.
            Buchung;Wertstellungsdatum;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;Betrag;Währung
            15.01.2026;15.01.2026;Getränke Klein;Lastschrift;Sitzung;950,00;EUR;-50,00;EUR
            """);
        assertEquals("Getränke Klein", s.entries().get(0).counterparty());
        assertEquals(Money.of("-50.00"), s.entries().get(0).amount());
    }

    @Test
    void commerzbankWithoutACounterpartyColumn() {
        Statement s = read("commerzbank", """
            Buchungstag;Wertstellung;Umsatzart;Buchungstext;Betrag;Währung;Auftraggeberkonto;Bankleitzahl Auftraggeberkonto;IBAN Auftraggeberkonto;Kategorie
            10.01.2026;10.01.2026;Lastschrift;Stadtwerke Strom;-80,10;EUR;532013000;37040044;DE89370400440532013000;Wohnen
            """);
        assertNull(s.entries().get(0).counterparty());
        assertEquals("Stadtwerke Strom", s.entries().get(0).purpose());
    }

    @Test
    void deutscheBankWithDebitAndCreditColumns() {
        Statement s = read("deutsche-bank", """
            Umsätze Girokonto;Zeitraum: 01.01.2026 - 31.01.2026
            Neuer Kontostand;1.000,00;EUR

            Letzter Kontostand;900,00;EUR
            Buchungstag;Wert;Umsatzart;Begünstigter / Auftraggeber;Verwendungszweck;IBAN;BIC;Kundenreferenz;Mandatsreferenz ;Gläubiger ID;Fremde Gebühren;Betrag;Abweichender Empfänger;Anzahl der Aufträge;Anzahl der Schecks;Soll;Haben;Währung
            12.01.2026;12.01.2026;SEPA-Überweisung;Druckerei;Flyer;DE02120300000000202051;X;;;;;;;;;-89,90;;EUR
            13.01.2026;13.01.2026;Gutschrift;Stadt;Zuschuss;DE02120300000000202051;X;;;;;;;;;;189,90;EUR
            Kontostand;31.01.2026;;;1.000,00;EUR
            """);
        assertEquals(Money.of("-89.90"), s.entries().get(0).amount());
        assertEquals(Money.of("189.90"), s.entries().get(1).amount());
    }

    @Test
    void n26WithDecimalPoints() {
        Statement s = read("n26", """
            "Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"
            2026-01-03,2026-01-03,"Copy Shop",DE02120300000000202051,Presentment,"Copies","Main Account",-12.5,,,
            """);
        assertEquals(Money.of("-12.50"), s.entries().get(0).amount());
        assertEquals("Copy Shop", s.entries().get(0).counterparty());
    }

    static CsvProfile simple(String encoding) {
        return new CsvProfile("Mine", ";", encoding, "dd.MM.yyyy", ",", 0,
            new Columns("Datum", null, "Betrag", null, null, "Name", null, null, "Zweck", null, "Konto"));
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithTheRow() {
        byte[] latin1 = "Datum;Betrag;Name\n01.01.2026;1,00;A\n02.01.2026;2,00;Müller\n".getBytes(StandardCharsets.ISO_8859_1);
        StatementFileException e = assertThrows(StatementFileException.class, () -> CsvReader.read(latin1, simple("UTF-8")));
        assertEquals(3, e.extensions().get("row"));
        assertFalse(e.getMessage().contains("Müller"));
    }

    @Test
    void brokenRowsAreRefusedWithTheirRowAndNeverTheirContent() {
        assertRow(3, "Datum;Betrag;Name\n01.01.2026;1,00;A\n02.01.2026;zwei;B\n");
        assertRow(2, "Datum;Betrag;Name\n2026-01-01;1,00;A\n");
        assertRow(2, "Datum;Betrag;Name\n;1,00;A\n");
        assertRow(2, "Datum;Betrag;Name\n01.01.2026;;A\n");
        assertRow(2, "Datum;Betrag;Name\n01.01.2026;1,001;A\n");
        assertRow(3, "Datum;Betrag;Name\n01.01.2026;1,00;A\n01.01.2026\n02.01.2026;1,00;B\n");
        assertRow(2, "Datum;Betrag;Name\n01.01.2026;1,00;\"geheim\n");
        assertRow(3, "Datum;Betrag;Name;Konto\n01.01.2026;1,00;A;DE89370400440532013000\n01.01.2026;1,00;A;DE02120300000000202051\n");
    }

    static void assertRow(int row, String text) {
        StatementFileException e = assertThrows(StatementFileException.class,
            () -> CsvReader.read(text.getBytes(StandardCharsets.UTF_8), simple("UTF-8")), text);
        assertEquals(row, e.extensions().get("row"), e.getMessage());
        assertFalse(e.getMessage().contains("geheim"));
    }

    @Test
    void trailingMinusEmptyRowsAndNoHeader() {
        Statement s = CsvReader.read("Datum;Betrag;Name\n\n01.01.2026;1,50-;A\n;;\n".getBytes(StandardCharsets.UTF_8), simple("UTF-8"));
        assertEquals(1, s.entries().size());
        assertEquals(Money.of("-1.50"), s.entries().get(0).amount());
        assertThrows(StatementFileException.class,
            () -> CsvReader.read("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), simple("UTF-8")));
        assertThrows(StatementFileException.class,
            () -> CsvReader.read("Datum;Betrag\n".getBytes(StandardCharsets.UTF_8), simple("UTF-8")), "no rows");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            many.append("x\n");
        }
        assertThrows(StatementFileException.class,
            () -> CsvReader.read(many.toString().getBytes(StandardCharsets.UTF_8), simple("UTF-8")));
    }

    @Test
    void debitAndCreditBothEmptyIsRefused() {
        CsvProfile p = new CsvProfile("DC", ";", "UTF-8", "dd.MM.yyyy", ".", 0,
            new Columns("D", null, null, "S", "H", null, null, null, null, null, null));
        Statement s = CsvReader.read("D;S;H\n01.01.2026;1,234.50;\n".getBytes(StandardCharsets.UTF_8), p);
        assertEquals(Money.of("-1234.50"), s.entries().get(0).amount());
        StatementFileException e = assertThrows(StatementFileException.class,
            () -> CsvReader.read("D;S;H\n01.01.2026;;\n".getBytes(StandardCharsets.UTF_8), p));
        assertEquals(2, e.extensions().get("row"));
    }

    @Test
    void aProfileIsValidated() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new CsvProfile(" ", "ab", "nope", "xx",
            ";", 99, new Columns(null, null, null, null, null, null, null, null, null, null, null)));
        assertEquals(8, e.errors().size());
        assertThrows(InvalidInputException.class, () -> new CsvProfile(null, "\"", "UTF-8", "dd.MM.yyyy", ",", 0, null));
        assertThrows(InvalidInputException.class, () -> new CsvProfile("a", null, null, null, null, -1, null));
        assertThrows(InvalidInputException.class, () -> new CsvProfile("a", "\n", "???", "'", ",", 0,
            new Columns("d", null, null, "s", null, null, null, null, null, null, null)));
        assertThrows(InvalidInputException.class, () -> new CsvProfile("a", "\r", "UTF-8", "dd.MM.yyyy".repeat(4), ",", 0,
            new Columns("d", null, "a", null, null, null, null, null, null, null, null)));
        assertThrows(InvalidInputException.class, () -> new CsvProfile("a".repeat(101), ";", "UTF-8", "HH:mm", ",", 0,
            new Columns("d", null, "a", null, null, null, null, null, null, null, null)));
        assertEquals(Charset.forName("IBM850"), new CsvProfile("a", ";", "IBM850", "uuuu-MM-dd", ",", 0,
            new Columns("d", null, "a", null, null, null, null, null, null, null, null)).charset());
        assertTrue(CsvPresets.all().size() >= 8);
        assertTrue(CsvPresets.find("nope").isEmpty());
        assertEquals("", CsvReader.key(null));
    }
}
