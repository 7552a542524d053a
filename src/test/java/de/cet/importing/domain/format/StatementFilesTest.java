package de.cet.importing.domain.format;

import static de.cet.importing.StatementSamples.camt;
import static de.cet.importing.StatementSamples.mt940;
import static de.cet.importing.StatementSamples.utf8;
import static de.cet.importing.StatementSamples.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.importing.StatementSamples;
import de.cet.importing.StatementSamples.Camt;
import de.cet.importing.StatementSamples.CamtStatement;
import de.cet.shared.error.ProblemKind;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementFilesTest {

    static final StatementFiles.Limits LIMITS = new StatementFiles.Limits(1_000_000, 3, 100);
    static final String IBAN = "DE89370400440532013000";

    static byte[] month(int m) {
        String from = String.format("2026-%02d-01", m);
        return utf8(camt(8, List.of(new CamtStatement(IBAN, from, String.format("2026-%02d-28", m), "0.00", "CRDT", "1.00", "CRDT",
            List.of(Camt.of("1.00", "CRDT", String.format("2026-%02d-02", m), "R" + m, "X", "x"))))));
    }

    @Test
    void aZipOfSeveralStatements() {
        StatementFiles.Parsed p = StatementFiles.read(zip(List.of(month(1), month(2))), null, LIMITS);
        assertEquals(StatementFormat.CAMT053, p.format());
        assertEquals(2, p.statements().size());
    }

    @Test
    void zipLimits() {
        assertEquals(ProblemKind.PAYLOAD_TOO_LARGE, assertThrows(StatementFileException.class,
            () -> StatementFiles.read(zip(List.of(month(1), month(2), month(3), month(4))), null, LIMITS)).kind());
        assertEquals(ProblemKind.PAYLOAD_TOO_LARGE, assertThrows(StatementFileException.class,
            () -> StatementFiles.read(StatementSamples.zipBomb(900_000), null, LIMITS)).kind(), "the ratio");
        assertEquals(ProblemKind.PAYLOAD_TOO_LARGE, assertThrows(StatementFileException.class,
            () -> StatementFiles.read(StatementSamples.zipBomb(2_000_000), null, new StatementFiles.Limits(1_000_000, 3, 10_000))).kind(),
            "the total");
        assertEquals(ProblemKind.UNSUPPORTED_MEDIA_TYPE, assertThrows(StatementFileException.class,
            () -> StatementFiles.read(zip(List.of(zip(List.of(month(1))))), null, LIMITS)).kind());
        assertThrows(StatementFileException.class, () -> StatementFiles.read(zip(List.of()), null, LIMITS));
        byte[] broken = zip(List.of(month(1)));
        byte[] cut = java.util.Arrays.copyOf(broken, 40);
        assertThrows(StatementFileException.class, () -> StatementFiles.read(cut, null, LIMITS));
        byte[] mixed = zip(List.of(month(1), utf8(mt940(IBAN, "260101", "0.00", "260101", "0.00", List.of(), false))));
        assertThrows(StatementFileException.class, () -> StatementFiles.read(mixed, null, LIMITS));
    }

    @Test
    void detectionFromTheContent() {
        assertEquals(StatementFormat.MT940, StatementFiles.read(
            utf8(mt940(IBAN, "260101", "0.00", "260101", "0.00", List.of(), false)), null, LIMITS).format());
        assertEquals(ProblemKind.UNSUPPORTED_MEDIA_TYPE, assertThrows(StatementFileException.class,
            () -> StatementFiles.read(utf8("Datum;Betrag\n01.01.2026;1,00\n"), null, LIMITS)).kind(), "a CSV needs a profile");
        CsvProfile p = CsvPresets.find("commerzbank").orElseThrow().profile();
        assertEquals(StatementFormat.CSV, StatementFiles.read(utf8("Buchungstag;Betrag\n01.01.2026;1,00\n"), p, LIMITS).format());
        assertEquals(ProblemKind.UNSUPPORTED_MEDIA_TYPE, assertThrows(StatementFileException.class,
            () -> StatementFiles.read(new byte[] {'M', 'Z', 0, 0, 1}, p, LIMITS)).kind(), "a renamed executable");
        assertEquals(ProblemKind.UNSUPPORTED_MEDIA_TYPE, assertThrows(StatementFileException.class,
            () -> StatementFiles.read(utf8("<html><body/></html>"), null, LIMITS)).kind());
        assertThrows(StatementFileException.class, () -> StatementFiles.read(new byte[0], null, LIMITS));
        assertEquals(ProblemKind.UNPROCESSABLE, assertThrows(StatementFileException.class,
            () -> StatementFiles.read(utf8("<?xml version=\"1.0\"?><!DOCTYPE x><x/>"), null, LIMITS)).kind());
        assertEquals(ProblemKind.UNPROCESSABLE, assertThrows(StatementFileException.class,
            () -> StatementFiles.read(utf8("<x><!ENTITY a \"b\"></x>"), null, LIMITS)).kind());
        assertEquals(ProblemKind.PAYLOAD_TOO_LARGE, assertThrows(StatementFileException.class,
            () -> StatementFiles.read(new byte[1_000_001], null, LIMITS)).kind());
    }

    @Test
    void readBounded() throws Exception {
        assertEquals(3, StatementFiles.readBounded(new ByteArrayInputStream(new byte[3]), 3).length);
        assertThrows(StatementFileException.class, () -> StatementFiles.readBounded(new ByteArrayInputStream(new byte[4]), 3));
    }

    @Test
    void statementInvariants() {
        assertThrows(StatementFileException.class,
            () -> new Statement(StatementFormat.CSV, null, null, null, null, null, new ArrayList<>()));
        assertThrows(StatementFileException.class, () -> new Statement(StatementFormat.CSV, null,
            java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 1, 1), null, null, List.of()));
        StatementEntry e = new StatementEntry(java.time.LocalDate.of(2026, 1, 1), null, de.cet.shared.money.Money.of("1.00"),
            "  A  B ", "de89 3704 0044 0532 0130 00 00 00 00 00 00 00 00", " ", "r", false, false);
        assertEquals("A B", e.counterparty());
        assertEquals(null, e.counterpartyIban(), "longer than an IBAN can be");
        assertEquals(null, e.purpose());
        assertEquals(e.bookingDate(), e.valueDate());
        assertEquals("x".repeat(100), new StatementEntry(e.bookingDate(), null, e.amount(), null, "de89", null,
            "x".repeat(150), false, false).bankReference());
    }
}
