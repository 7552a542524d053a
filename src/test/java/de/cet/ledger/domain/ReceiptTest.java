package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.receipt.Receipt;
import de.cet.ledger.domain.receipt.ReceiptContentType;
import de.cet.ledger.domain.receipt.ReceiptFileName;
import de.cet.ledger.domain.receipt.ReceiptNumber;
import de.cet.shared.error.CetException;
import de.cet.shared.error.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private final LedgerFixture f = new LedgerFixture();
    private static final String SHA = "a".repeat(64);

    @Test
    void numbersRunPerPeriodWithTheYearAsPrefix() {
        List<AccountingPeriod> periods = List.of(f.year2025, f.year2026);
        ReceiptNumber first = ReceiptNumber.next(f.year2026, periods, null);
        assertEquals("2026-0001", first.toString());
        assertEquals("2026-0002", ReceiptNumber.next(f.year2026, periods, first).toString());
        assertEquals("2026-12345", new ReceiptNumber("2026", 12345).toString());
        assertEquals(new ReceiptNumber("2026", 17), ReceiptNumber.parse("2026-0017"));
        assertThrows(InvalidInputException.class, () -> ReceiptNumber.parse("2026-17"));
    }

    @Test
    void secondPeriodStartingInTheSameYearGetsALetter() {
        AccountingPeriod firstHalf = AccountingPeriod.open(UUID.randomUUID(), f.bookId, "bis Wahl",
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 10, 31));
        AccountingPeriod newTerm = AccountingPeriod.open(UUID.randomUUID(), f.bookId, "neue Wahlperiode",
            LocalDate.of(2027, 11, 1), LocalDate.of(2027, 12, 31));
        List<AccountingPeriod> periods = List.of(firstHalf, newTerm);
        assertEquals("2027-0001", ReceiptNumber.next(firstHalf, periods, null).toString());
        assertEquals("2027b-0001", ReceiptNumber.next(newTerm, periods, null).toString());
    }

    @Test
    void receiptIsNumberedInTheOpenPeriodOfItsUploadDayOrElseTheLatestOpenOne() {
        de.cet.ledger.domain.period.Periods periods = de.cet.ledger.domain.period.Periods.of(f.year2025, f.year2026);
        assertEquals(f.year2025, ReceiptNumber.periodForUpload(LocalDate.of(2025, 12, 30), periods));
        f.year2025.close(f.treasurer, new de.cet.ledger.domain.period.PeriodClosingReport(f.year2025.id(), List.of(),
            java.util.Map.of()), LedgerFixture.NOW);
        assertEquals(f.year2026, ReceiptNumber.periodForUpload(LocalDate.of(2025, 12, 30), periods));
        assertEquals(f.year2026, ReceiptNumber.periodForUpload(LocalDate.of(2027, 1, 3), periods));
    }

    @Test
    void fileNameLosesPathsTraversalAndControlCharacters() {
        assertEquals("passwd", ReceiptFileName.of("../../etc/passwd").value());
        assertEquals("beleg.pdf", ReceiptFileName.of("C:\\Users\\anna\\beleg.pdf").value());
        assertEquals("rechnung.pdf", ReceiptFileName.of("rech\u0000nung\r\n.pdf").value());
        assertEquals("hidden", ReceiptFileName.of(".hidden").value());
        assertEquals("a.pdf", ReceiptFileName.of("a..pdf").value());
        assertEquals("receipt", ReceiptFileName.of("..").value());
        assertEquals("receipt", ReceiptFileName.of(null).value());
        assertEquals("a_b.pdf", ReceiptFileName.of("a:b.pdf").value());
        String longName = "x".repeat(300) + ".pdf";
        assertEquals(200, ReceiptFileName.of(longName).value().length());
        assertEquals(true, ReceiptFileName.of(longName).value().endsWith(".pdf"));
    }

    @Test
    void onlyReceiptContentTypesAreAccepted() {
        assertEquals(ReceiptContentType.PDF, ReceiptContentType.fromMimeType("application/pdf"));
        assertEquals(ReceiptContentType.TEXT_XML, ReceiptContentType.fromMimeType("text/xml; charset=UTF-8"));
        assertEquals(ReceiptContentType.HEIC, ReceiptContentType.fromMimeType("IMAGE/HEIC"));
        CetException e = assertThrows(CetException.class, () -> ReceiptContentType.fromMimeType("application/x-msdownload"));
        assertEquals(415, e.kind().status());
        assertThrows(CetException.class, () -> ReceiptContentType.fromMimeType(null));
    }

    @Test
    void receiptKeepsSanitisedMetadata() {
        Receipt r = Receipt.store(UUID.randomUUID(), f.bookId, f.year2026.id(), new ReceiptNumber("2026", 3),
            "/tmp/../Quittung.JPG", ReceiptContentType.JPEG, 2048, SHA.toUpperCase(), f.member.userId(), LedgerFixture.NOW);
        assertEquals("2026-0003", r.number().toString());
        assertEquals("Quittung.JPG", r.fileName());
        assertEquals(SHA, r.sha256());
        assertEquals(ReceiptContentType.JPEG, r.contentType());
        assertThrows(InvalidInputException.class, () -> Receipt.store(UUID.randomUUID(), f.bookId, f.year2026.id(),
            new ReceiptNumber("2026", 4), "a.pdf", ReceiptContentType.PDF, 0, SHA, f.member.userId(), LedgerFixture.NOW));
    }
}
