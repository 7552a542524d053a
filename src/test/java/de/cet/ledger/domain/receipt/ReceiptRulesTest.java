package de.cet.ledger.domain.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.LedgerFixture;
import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.PeriodClosingReport;
import de.cet.ledger.domain.period.Periods;
import de.cet.shared.error.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Receipt numbers, stored receipt metadata and file names beyond the everyday cases. */
class ReceiptRulesTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private final LedgerFixture f = new LedgerFixture();

    private final UUID receiptId = UUID.randomUUID();

    private Receipt store(String sha256) {
        return Receipt.store(receiptId, f.bookId, f.year2026.id(), new ReceiptNumber("2026", 1), "beleg.pdf",
            ReceiptContentType.PDF, 1234, sha256, f.member.userId(), LedgerFixture.NOW);
    }

    @Test
    void storedReceiptRemembersItsBookPeriodSizeAndUploader() {
        Receipt r = store(SHA);
        assertEquals(receiptId, r.id());
        assertEquals(f.bookId, r.bookId());
        assertEquals(f.year2026.id(), r.periodId());
        assertEquals(1234, r.size());
        assertEquals(f.member.userId(), r.uploadedBy());
        assertEquals(LedgerFixture.NOW, r.uploadedAt());
    }

    @Test
    void receiptWithoutAValidChecksumIsNotStored() {
        assertThrows(IllegalArgumentException.class, () -> store(null));
        assertThrows(IllegalArgumentException.class, () -> store("abc"));
        assertThrows(IllegalArgumentException.class, () -> store(SHA.replace('a', 'g')));
    }

    @Test
    void numberIsParsedBackFromItsPrintedFormOnly() {
        assertEquals(new ReceiptNumber("2026b", 12), ReceiptNumber.parse("2026b-0012"));
        assertEquals(new ReceiptNumber("2026", 12345), ReceiptNumber.parse("2026-12345"));
        for (String bad : new String[] {null, "", "2026-12", "26-0001", "2026a-0001", "2026-0001x"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReceiptNumber.parse(bad), bad);
            assertEquals("number", e.errors().get(0).field());
        }
    }

    @Test
    void numberNeedsAYearPrefixAndAPositiveSequence() {
        assertThrows(IllegalArgumentException.class, () -> new ReceiptNumber(null, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptNumber("MMXXVI", 1));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptNumber("2026", 0));
    }

    @Test
    void numbersSortByPeriodPrefixThenSequence() {
        List<ReceiptNumber> numbers = new ArrayList<>(List.of(ReceiptNumber.parse("2026b-0001"),
            ReceiptNumber.parse("2026-0010"), ReceiptNumber.parse("2025-0099"), ReceiptNumber.parse("2026-0002")));
        numbers.sort(null);
        assertEquals(List.of("2025-0099", "2026-0002", "2026-0010", "2026b-0001"),
            numbers.stream().map(ReceiptNumber::toString).toList());
    }

    @Test
    void atMostTwentyFivePeriodsMayStartInOneYear() {
        List<AccountingPeriod> days = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            LocalDate d = LocalDate.of(2026, 1, 1).plusDays(i);
            days.add(AccountingPeriod.open(UUID.randomUUID(), f.bookId, "Tag " + i, d, d));
        }
        assertEquals("2026y", ReceiptNumber.prefixFor(days.get(24), days));
        assertThrows(IllegalStateException.class, () -> ReceiptNumber.prefixFor(days.get(25), days));
    }

    @Test
    void bookWithoutAnyOpenPeriodCannotNumberAReceipt() {
        f.year2025.close(f.treasurer, new PeriodClosingReport(f.year2025.id(), List.of(), Map.of()), LedgerFixture.NOW);
        f.year2026.close(f.treasurer, new PeriodClosingReport(f.year2026.id(), List.of(), Map.of()), LedgerFixture.NOW);
        LedgerRuleViolation e = assertThrows(LedgerRuleViolation.class,
            () -> ReceiptNumber.periodForUpload(LocalDate.of(2026, 3, 1), Periods.of(f.year2025, f.year2026)));
        assertEquals("no-period", e.type());
    }

    @Test
    void invisibleFormattingCharactersAreRemovedFromFileNames() {
        // U+202E (right-to-left override) would show "beleg.exe.pdf" as "beleg.fdp.exe".
        assertEquals("beleg.exe.pdf", ReceiptFileName.of("beleg\u202E.exe.pdf").value());
        assertEquals("rechnung.pdf", ReceiptFileName.of("rech\u200Bnung.pdf").toString());
    }

    @Test
    void overlongNameWithoutAShortExtensionIsCutToTwoHundredCharacters() {
        String noDot = "x".repeat(250);
        assertEquals("x".repeat(200), ReceiptFileName.of(noDot).value());
        String longTail = "x".repeat(150) + "." + "y".repeat(100);
        String cut = ReceiptFileName.of(longTail).value();
        assertEquals(200, cut.length());
        assertTrue(cut.startsWith("x".repeat(150) + ".y"));
    }
}
