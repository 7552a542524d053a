package de.cet.receipts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.mustangproject.BankDetails;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * Test e-invoices: ZUGFeRD / Factur-X PDFs of every profile written with Mustang's own exporter, an
 * XRechnung in CII written by Mustang, and a UBL XRechnung written by hand from EN 16931 (Mustang writes no UBL).
 * Seller "Hostingwerk GmbH", invoice RE-2026-0042 of 2026-03-14, 100.00 net + 19 % VAT = 119.00.
 */
public final class EInvoices {

    public static final String SELLER = "Hostingwerk GmbH";
    public static final String NUMBER = "RE-2026-0042";
    public static final String IBAN = "DE89370400440532013000";
    public static final LocalDate DATE = LocalDate.of(2026, 3, 14);

    private EInvoices() {
    }

    static Invoice invoice() {
        Date day = Date.from(DATE.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(12 * 3600));
        TradeParty seller = new TradeParty(SELLER, "Serverweg 1", "10115", "Berlin", "DE")
            .addVATID("DE123456789").addBankDetails(new BankDetails(IBAN, "COBADEFFXXX")).setEmail("rechnung@hostingwerk.example");
        TradeParty buyer = new TradeParty("Fraktion Bürgerliste", "Rathausplatz 1", "12345", "Musterstadt", "DE");
        return new Invoice().setNumber(NUMBER).setIssueDate(day).setDueDate(day).setDeliveryDate(day)
            .setSender(seller).setRecipient(buyer).setReferenceNumber("04011000-12345-34")
            .addItem(new Item(new Product("Webhosting März", "", "C62", new BigDecimal("19")), new BigDecimal("100.00"),
                BigDecimal.ONE));
    }

    /** A plain one-page PDF (the visible invoice), without any attachment. */
    public static byte[] plainPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Rechnung " + NUMBER + " - " + SELLER + " - Summe 119,00 EUR");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZUGFeRD / Factur-X PDF of the profile (MINIMUM, BASICWL, BASIC, EN16931, EXTENDED, XRECHNUNG). */
    public static byte[] zugferd(String profile) {
        try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3().ignorePDFAErrors()) {
            exporter.load(plainPdf()).setProducer("CET test").setCreator("CET test").setProfile(Profiles.getByName(profile));
            exporter.setTransaction(invoice());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An XRechnung in CII syntax, written by Mustang. */
    public static byte[] xrechnungCii() {
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName("XRECHNUNG"));
        provider.generateXML(invoice());
        return provider.getXML();
    }

    /** An XRechnung in UBL syntax, by hand (EN 16931 / XRechnung 3.0 UBL binding). */
    public static byte[] xrechnungUbl() {
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
              <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
              <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
              <cbc:ID>UBL-2026-0007</cbc:ID>
              <cbc:IssueDate>2026-04-02</cbc:IssueDate>
              <cbc:DueDate>2026-04-16</cbc:DueDate>
              <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
              <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
              <cbc:BuyerReference>04011000-12345-34</cbc:BuyerReference>
              <cac:AccountingSupplierParty><cac:Party>
                <cbc:EndpointID schemeID="EM">rechnung@druckhaus.example</cbc:EndpointID>
                <cac:PartyName><cbc:Name>Druckhaus Lindenblatt KG</cbc:Name></cac:PartyName>
                <cac:PostalAddress><cbc:StreetName>Papierweg 3</cbc:StreetName><cbc:CityName>Köln</cbc:CityName>
                  <cbc:PostalZone>50667</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                <cac:PartyTaxScheme><cbc:CompanyID>DE987654321</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
                <cac:PartyLegalEntity><cbc:RegistrationName>Druckhaus Lindenblatt KG</cbc:RegistrationName></cac:PartyLegalEntity>
                <cac:Contact><cbc:Name>Buchhaltung</cbc:Name><cbc:Telephone>0221 123</cbc:Telephone><cbc:ElectronicMail>rechnung@druckhaus.example</cbc:ElectronicMail></cac:Contact>
              </cac:Party></cac:AccountingSupplierParty>
              <cac:AccountingCustomerParty><cac:Party>
                <cbc:EndpointID schemeID="EM">fraktion@rat.example</cbc:EndpointID>
                <cac:PostalAddress><cbc:CityName>Musterstadt</cbc:CityName><cbc:PostalZone>12345</cbc:PostalZone>
                  <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                <cac:PartyLegalEntity><cbc:RegistrationName>Fraktion Bürgerliste</cbc:RegistrationName></cac:PartyLegalEntity>
              </cac:Party></cac:AccountingCustomerParty>
              <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
                <cac:PayeeFinancialAccount><cbc:ID>DE02120300000000202051</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
              <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">16.63</cbc:TaxAmount>
                <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">87.50</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">16.63</cbc:TaxAmount>
                  <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
              </cac:TaxTotal>
              <cac:LegalMonetaryTotal>
                <cbc:LineExtensionAmount currencyID="EUR">87.50</cbc:LineExtensionAmount>
                <cbc:TaxExclusiveAmount currencyID="EUR">87.50</cbc:TaxExclusiveAmount>
                <cbc:TaxInclusiveAmount currencyID="EUR">104.13</cbc:TaxInclusiveAmount>
                <cbc:PayableAmount currencyID="EUR">104.13</cbc:PayableAmount>
              </cac:LegalMonetaryTotal>
              <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="C62">250</cbc:InvoicedQuantity>
                <cbc:LineExtensionAmount currencyID="EUR">87.50</cbc:LineExtensionAmount>
                <cac:Item><cbc:Name>Flyer A6, 250 Stück</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>
                  <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
                <cac:Price><cbc:PriceAmount currencyID="EUR">0.35</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
            </ubl:Invoice>
            """.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** A file that starts like a PDF (so it is stored as one) and is garbage after the header. */
    public static byte[] corruptPdf() {
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(head, 4096);
        for (int i = head.length; i < all.length; i++) {
            all[i] = (byte) ('A' + i % 26);
        }
        return all;
    }

    /** An XRechnung-looking XML with an external entity (XXE). */
    public static byte[] xxe() {
        return """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">&x;</rsm:CrossIndustryInvoice>
            """.strip().getBytes(StandardCharsets.UTF_8);
    }
}
