package de.cet.receipts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExtractionTest {

    @Test
    void amountsOfAnInvoiceBecomeLedgerAmountsOrNothing() {
        assertEquals(Money.of("119.00"), Extraction.amount("119"));
        assertEquals(Money.of("119.50"), Extraction.amount(" 119.5 "));
        assertEquals(Money.of("119.50"), Extraction.amount("119.5000"));
        assertNull(Extraction.amount("119.505"), "more than cents is not a ledger amount");
        assertNull(Extraction.amount("12,50"));
        assertNull(Extraction.amount(""));
        assertNull(Extraction.amount(null));
    }

    @Test
    void fieldsAreTidiedAndNoneMeansNothing() {
        Extraction e = new Extraction(Extraction.Source.XRECHNUNG, Money.of("1.00"), LocalDate.of(2026, 1, 1), "  ",
            " R-1 ", "de89 3704 0044 0532 0130 00", null, Extraction.CERTAIN);
        assertNull(e.counterparty());
        assertEquals("R-1", e.invoiceNumber());
        assertEquals("DE89370400440532013000", e.iban());
        assertNull(new Extraction(Extraction.Source.OCR, null, null, null, null, " ", null, BigDecimal.ZERO).iban());
        Extraction none = Extraction.none();
        assertEquals(Extraction.Source.NONE, none.source());
        assertEquals(0, none.confidence().signum());
        assertThrows(IllegalArgumentException.class, () -> new Extraction(Extraction.Source.NONE, Money.of("1.00"), null,
            null, null, null, null, BigDecimal.ZERO));
        for (Object[] found : new Object[][] {{null, LocalDate.MIN, null, null, null, null, "0"}, {null, null, "x", null, null, null, "0"},
            {null, null, null, "x", null, null, "0"}, {null, null, null, null, "x", null, "0"},
            {null, null, null, null, null, Money.of("1.00"), "0"}, {null, null, null, null, null, null, "0.5"}}) {
            assertThrows(IllegalArgumentException.class, () -> new Extraction(Extraction.Source.NONE, (Money) found[0],
                (LocalDate) found[1], (String) found[2], (String) found[3], (String) found[4], (Money) found[5],
                new BigDecimal((String) found[6])));
        }
        assertThrows(IllegalArgumentException.class, () -> new Extraction(Extraction.Source.OCR, null, null, null, null,
            null, null, new BigDecimal("1.01")));
        assertThrows(IllegalArgumentException.class, () -> new Extraction(Extraction.Source.OCR, null, null, null, null,
            null, null, new BigDecimal("-0.01")));
    }
}
