package de.cet.receipts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How OCR text of German till receipts and invoices becomes an amount, a date and a merchant. */
class ReceiptTextRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static Extraction read(String text) {
        return ReceiptTextRules.read(text, 0.9, TODAY);
    }

    @Test
    void aBakeryReceiptGivesTheSumNotALineNorTheCashGivenNorTheChange() {
        Extraction e = read("""
            Baeckerei Sonnenschein
            Hauptstr. 12, 10115 Berlin
            Brezel 1,20
            Kaffee gross 3,40
            SUMME EUR 12,30
            Bar 20,00
            Rueckgeld 7,70
            MwSt 7% 0,80
            14.03.2026 10:42 Bon 4711
            """);
        assertEquals(Extraction.Source.OCR, e.source());
        assertEquals(Money.of("12.30"), e.amount());
        assertEquals(LocalDate.of(2026, 3, 14), e.date());
        assertEquals("Baeckerei Sonnenschein", e.counterparty());
        assertEquals(Money.of("0.80"), e.vatAmount());
        assertEquals(new BigDecimal("0.95"), e.confidence());
        assertNull(e.invoiceNumber());
        assertNull(e.iban());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "zu zahlen beats Summe        | Summe 10,00\\nRabatt -1,00\\nZu zahlen 9,00          | 9.00",
        "Gesamt                       | Artikel 3,00\\nGesamt 3,00                              | 3.00",
        "Total in English             | Coffee 2.50\\nTOTAL 7.50                                | 7.50",
        "thousands with dots          | Beamer 1.234,56\\nGesamtbetrag 1.234,56                | 1234.56",
        "thousands with a space       | Endbetrag EUR 1 299,00                                  | 1299.00",
        "English thousands            | Grand total 1,234.56                                    | 1234.56",
        "euro sign                    | Kaffee 2,40\\nSUMME \u20ac 4,80                        | 4.80",
        "amount on the next line      | SUMME EUR\\n12,30\\nBar\\n20,00                         | 12.30",
        "subtotal is not the total    | Zwischensumme 8,00\\nSumme 9,50                         | 9.50",
        "largest when nothing says so | Brezel 1,20\\nKuchen 4,80\\nBar 20,00                 | 4.80",
        "cash less change, no sum     | Brezel 1,20\\nKuchen 4,80\\nBar 20,00\\nRückgeld 14,00  | 6.00",
        "EUR line without a word      | Brezel 1,20\\nEUR 6,00\\nKuchen 4,80                   | 6.00",
        "betrag is the weakest word   | Betrag 5,00\\nSumme 6,00                                | 6.00",
        "percent is not an amount     | Summe 19,00 %  23,80                                    | 23.80",
        "spaces OCR put in the amount | SUMME 12, 30                                            | 12.30",
        "zero total is skipped        | Summe 0,00\\nGesamt 4,00                               | 4.00",
        "garbled sum: cash less change| Brezel 4,80\\nSUMME EUR 13577.\\nBar 50,00\\nRueckgeld 36,23 | 13.77",
        "change larger than cash      | Brezel 4,80\\nBar 5,00\\nRückgeld 6,00                | 4.80",
        "cash without change          | Brezel 4,80\\nBar 50,00                                | 4.80",
    })
    void theTotalIsTheAmountTheReceiptCallsTheTotal(String why, String text, String total) {
        assertEquals(Money.of(total), read(text.replace("\\n", "\n")).amount(), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dd.mm.yyyy            | Datum: 03.02.2026 12:00          | 2026-02-03",
        "dd.mm.yy              | 3.2.26 Kasse 2                   | 2026-02-03",
        "ISO                   | 2026-05-31T10:00                 | 2026-05-31",
        "slashes               | 28/02/2026                       | 2026-02-28",
        "invalid date skipped  | 31.02.2026 then 01.03.2026       | 2026-03-01",
        "future date skipped   | 01.01.2027\\n15.05.2026          | 2026-05-15",
        "last century skipped  | 01.01.1999\\n15.05.2026          | 2026-05-15",
        "tomorrow is allowed   | 02.06.2026                       | 2026-06-02",
    })
    void theDateIsTheFirstPlausibleOne(String why, String text, String date) {
        assertEquals(LocalDate.parse(date), read(text.replace("\\n", "\n")).date(), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "first line                   | ** Edeka Müller **\\nSumme 3,00              | Edeka Müller",
        "skips the receipt title      | KASSENBON\\nDrogerie Rossmann\\nSumme 3,00  | Drogerie Rossmann",
        "skips a welcome line         | Herzlich willkommen\\nCafe Lotte\\nSumme 3,00 | Cafe Lotte",
        "skips address and phone      | Tel. 030 1234\\nHauptstraße 5\\n10115 Berlin\\nBuchladen am Eck\\nSumme 3,00 | Buchladen am Eck",
        "skips an amount or a date    | 12,00\\n01.02.2026\\nKiosk Sonne\\nSumme 3,00 | Kiosk Sonne",
        "skips a line of mostly digits| 4711 0815 ab\\nKiosk Mond\\nSumme 3,00      | Kiosk Mond",
    })
    void theMerchantIsTheFirstLineThatReadsLikeAName(String why, String text, String merchant) {
        assertEquals(merchant, read(text.replace("\\n", "\n")).counterparty(), why);
    }

    @Test
    void aMerchantNameIsCutAtAHundredCharactersAndNoneIsFoundLowDown() {
        String longName = "Sehr lange Firmenbezeichnung ".repeat(6).strip();
        assertEquals(100, read(longName + "\nSumme 3,00").counterparty().length());
        assertNull(read("1\n2\n3\n4\n5\n6\nKiosk\nSumme 3,00").counterparty());
        assertNull(read("Ab\nSumme 3,00").counterparty());
    }

    @Test
    void nothingFoundIsNoneAndHalfFoundHasALowConfidence() {
        assertEquals(Extraction.none(), read("Vielen Dank für Ihren Einkauf"));
        assertEquals(Extraction.none(), read(""));
        assertEquals(Extraction.none(), ReceiptTextRules.read(null, 1, TODAY));
        Extraction onlyDate = read("14.03.2026");
        assertNull(onlyDate.amount());
        assertNull(onlyDate.vatAmount());
        assertEquals(new BigDecimal("0.24"), onlyDate.confidence());
        Extraction guessed = ReceiptTextRules.read("Kiosk Sonne\nBrezel 1,20", 0.5, TODAY);
        assertEquals(new BigDecimal("0.30"), guessed.confidence());
        assertTrue(ReceiptTextRules.read("Summe 3,00", 7, TODAY).confidence().compareTo(BigDecimal.ONE) < 0);
        assertEquals(new BigDecimal("0.30"), ReceiptTextRules.read("Summe 3,00", -1, TODAY).confidence());
    }

    @Test
    void theVatIsTakenOnlyFromASingleVatLineBelowTheTotal() {
        assertNull(read("Summe 11,90\nMwSt 19% 1,90\nUSt 7% 0,70").vatAmount(), "a VAT table");
        assertNull(read("Summe 11,90\nMwSt 19% 12,00").vatAmount(), "not below the total");
        assertNull(read("Summe 11,90\nMwSt 19%").vatAmount(), "no amount");
        assertNull(read("Summe 11,90\nAugustiner 1,90").vatAmount(), "ust inside a word is not VAT");
        assertEquals(Money.of("1.90"), read("Summe 11,90\nenth. Mehrwertsteuer 1,90").vatAmount());
    }

    @Test
    void linesAndAmountsAreReadLikeAReceipt() {
        assertEquals(List.of("a b", "c \u20ac", "d"), ReceiptTextRules.lines("a   b\n\n c \u20ac \r\nd").stream()
            .map(l -> l.replace(" EUR", " \u20ac")).toList());
        assertEquals(Money.of("3.00"), ReceiptTextRules.lastAmount("1,00 2,00 3,00"));
        assertNull(ReceiptTextRules.lastAmount("Bon 4711"));
        assertNull(ReceiptTextRules.lastAmount("99999999999999,99"), "beyond what the ledger stores");
        assertNull(ReceiptTextRules.total(List.of("Bar 20,00", "Rückgeld 25,00")), "change above the cash: nothing");
    }
}
