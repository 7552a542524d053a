package de.cet.receipts.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.receipts.EInvoices;
import de.cet.receipts.application.InvoiceReader;
import de.cet.receipts.domain.Extraction;
import de.cet.shared.error.CetException;
import de.cet.shared.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MustangInvoiceReaderTest {

    final MustangInvoiceReader reader = new MustangInvoiceReader();

    @ParameterizedTest
    @ValueSource(strings = {"MINIMUM", "BASICWL", "BASIC", "EN16931", "EXTENDED", "XRECHNUNG"})
    void everyZugferdProfileFillsInTheForm(String profile) {
        Extraction e = reader.read(EInvoices.zugferd(profile), "application/pdf").orElseThrow();
        assertEquals(Extraction.Source.ZUGFERD, e.source());
        assertEquals(Money.of("119.00"), e.amount(), profile + ": the gross amount");
        assertEquals(EInvoices.DATE, e.date(), profile);
        assertEquals(EInvoices.NUMBER, e.invoiceNumber(), profile);
        assertEquals(EInvoices.SELLER, e.counterparty(), profile);
        assertEquals(Money.of("19.00"), e.vatAmount(), profile);
        if (!profile.equals("MINIMUM")) {
            assertEquals(EInvoices.IBAN, e.iban(), profile + ": payment details are above MINIMUM only");
        }
        assertEquals(0, Extraction.CERTAIN.compareTo(e.confidence()));
    }

    @Test
    void anXRechnungInCiiSyntaxIsRead() {
        Extraction e = reader.read(EInvoices.xrechnungCii(), "application/xml").orElseThrow();
        assertEquals(Extraction.Source.XRECHNUNG, e.source());
        assertEquals(Money.of("119.00"), e.amount());
        assertEquals(EInvoices.DATE, e.date());
        assertEquals(EInvoices.SELLER, e.counterparty());
        assertEquals(EInvoices.NUMBER, e.invoiceNumber());
        assertEquals(EInvoices.IBAN, e.iban());
    }

    @Test
    void anXRechnungInUblSyntaxIsRead() {
        Extraction e = reader.read(EInvoices.xrechnungUbl(), "application/xml").orElseThrow();
        assertEquals(Extraction.Source.XRECHNUNG, e.source());
        assertEquals(Money.of("104.13"), e.amount());
        assertEquals(Money.of("16.63"), e.vatAmount());
        assertEquals(LocalDate.of(2026, 4, 2), e.date());
        assertEquals("Druckhaus Lindenblatt KG", e.counterparty());
        assertEquals("UBL-2026-0007", e.invoiceNumber());
        assertEquals("DE02120300000000202051", e.iban());
    }

    @Test
    void filesWithoutAnInvoiceFindNothingAndBrokenOnesAreRefused() {
        assertTrue(reader.read(EInvoices.plainPdf(), "application/pdf").isEmpty(), "a PDF without attachment");
        assertTrue(reader.read(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png").isEmpty(), "an image is for OCR");
        assertTrue(reader.read("<note><to>x</to></note>".getBytes(StandardCharsets.UTF_8), "application/xml").isEmpty(),
            "an XML of another kind");
        byte[] pdf = EInvoices.zugferd("EN16931");
        byte[] corrupt = Arrays.copyOf(pdf, 400);
        assertThrows(InvoiceReader.UnreadableInvoice.class, () -> reader.read(corrupt, "application/pdf"), "truncated");
        assertThrows(InvoiceReader.UnreadableInvoice.class, () -> reader.read(EInvoices.corruptPdf(), "application/pdf"));
        assertThrows(CetException.class, () -> reader.read(EInvoices.xxe(), "application/xml"), "XXE: the DOCTYPE is refused");
        byte[] broken = new String(EInvoices.xrechnungCii(), StandardCharsets.UTF_8).replace("</rsm:CrossIndustryInvoice>", "")
            .getBytes(StandardCharsets.UTF_8);
        assertThrows(CetException.class, () -> reader.read(broken, "application/xml"), "not well-formed");
    }

    @Test
    void datesOfBothSyntaxesAndBadOnesAreHandled() {
        assertEquals(LocalDate.of(2026, 3, 14), MustangInvoiceReader.date("20260314"));
        assertEquals(LocalDate.of(2026, 3, 14), MustangInvoiceReader.date("2026-03-14"));
        assertEquals(null, MustangInvoiceReader.date("14.03."));
        assertEquals(null, MustangInvoiceReader.date(" "));
        assertEquals(null, MustangInvoiceReader.date(null));
    }
}
