package de.cet.receipts.infrastructure;

import de.cet.ledger.application.ReceiptService;
import de.cet.receipts.application.InvoiceReader;
import de.cet.receipts.domain.Extraction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.mustangproject.ZUGFeRD.ZUGFeRDImporter;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Reads e-invoices with the Mustang library. The XML — an XRechnung file itself, or the one a ZUGFeRD /
 * Factur-X PDF embeds — first passes the receipts' one XML rule ({@link ReceiptService#requireSafeXml}: no
 * DOCTYPE, so no entity can expand or fetch anything) before Mustang parses it. The embedded file is found
 * with PDFBox under the names the standards give it and read with a size cap, so a small PDF cannot unpack
 * into a huge XML.
 */
@ApplicationScoped
class MustangInvoiceReader implements InvoiceReader {

    /** ZUGFeRD 1 / 2, Factur-X and XRechnung-in-PDF attachment names. */
    static final Set<String> INVOICE_FILES = Set.of("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml");
    static final int MAX_XML_BYTES = 5 * 1024 * 1024;

    private static final String CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private static final String ZUGFERD_1 = "urn:ferd:CrossIndustryDocument:invoice:1p0";
    private static final Set<String> UBL = Set.of("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
        "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2");

    @Override
    public Optional<Extraction> read(byte[] bytes, String contentType) {
        boolean pdf = "application/pdf".equals(contentType);
        if (!pdf && !contentType.endsWith("/xml")) {
            return Optional.empty();
        }
        byte[] xml = pdf ? embeddedInvoice(bytes) : bytes;
        if (xml == null) {
            return Optional.empty();
        }
        ReceiptService.requireSafeXml(xml);
        String root = rootNamespace(xml);
        if (root == null || !CII.equals(root) && !ZUGFERD_1.equals(root) && !UBL.contains(root)) {
            return Optional.empty();
        }
        Importer importer = new Importer();
        try {
            importer.doIgnoreCalculationErrors();
            importer.setRawXML(xml, true);
        } catch (IOException | java.text.ParseException | RuntimeException e) {
            throw new UnreadableInvoice("The e-invoice's XML could not be read.", e);
        }
        Extraction.Source source = pdf ? Extraction.Source.ZUGFERD : Extraction.Source.XRECHNUNG;
        String gross = first(importer.path("GrandTotalAmount"), importer.getAmount());
        return Optional.of(new Extraction(source, Extraction.amount(gross), date(importer.getIssueDate()),
            first(importer.path("SellerTradeParty", "Name"),
                importer.path("AccountingSupplierParty", "Party", "PartyName", "Name")), importer.getInvoiceID(), importer.getIBAN(),
            Extraction.amount(first(first(importer.path("TaxTotalAmount"), importer.getTaxTotalAmount()),
                importer.path("TaxTotal", "TaxAmount"))), Extraction.CERTAIN));
    }

    /** Mustang's importer with access to the document it parsed (CII; UBL is converted to CII by Mustang). */
    static final class Importer extends ZUGFeRDImporter {
        Importer() {
            super();
        }

        /** The text of the first element with these local names (each a child of the one before). */
        String path(String... names) {
            Document document = getDocument();
            if (document == null) {
                return null;
            }
            StringBuilder xpath = new StringBuilder("/");
            for (String name : names) {
                xpath.append("/*[local-name()='").append(name).append("']");
            }
            try {
                Node node = (Node) XPathFactory.newInstance().newXPath().evaluate(xpath.toString(), document, XPathConstants.NODE);
                return node == null ? null : node.getTextContent().strip();
            } catch (XPathExpressionException e) {
                return null;
            }
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** CII dates are {@code yyyyMMdd} (format 102); UBL ones ISO. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.length() == 8 ? LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE) : LocalDate.parse(t.substring(0, 10));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The namespace of the document element, read with a StAX parser that resolves nothing. */
    static String rootNamespace(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    return reader.getNamespaceURI();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            return null;
        }
    }

    /** The embedded invoice XML of a PDF, or null; a PDF that cannot be opened is unreadable. */
    static byte[] embeddedInvoice(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null) {
                return null;
            }
            return find(names.getEmbeddedFiles());
        } catch (IOException e) {
            throw new UnreadableInvoice("The PDF is damaged and could not be read.", e);
        }
    }

    private static byte[] find(PDNameTreeNode<PDComplexFileSpecification> node) throws IOException {
        Map<String, PDComplexFileSpecification> files = node.getNames();
        if (files != null) {
            for (Map.Entry<String, PDComplexFileSpecification> file : files.entrySet()) {
                String name = file.getValue().getFilename() != null ? file.getValue().getFilename() : file.getKey();
                if (name != null && INVOICE_FILES.contains(name.toLowerCase(Locale.ROOT))) {
                    PDEmbeddedFile embedded = file.getValue().getEmbeddedFile();
                    if (embedded != null) {
                        return capped(embedded.createInputStream());
                    }
                }
            }
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                byte[] found = find(kid);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static byte[] capped(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_XML_BYTES + 1);
            if (bytes.length > MAX_XML_BYTES) {
                throw new UnreadableInvoice("The PDF's embedded invoice is larger than " + MAX_XML_BYTES + " bytes.", null);
            }
            return bytes;
        }
    }
}
