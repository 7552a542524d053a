package de.cet.importing.domain.format;

import de.cet.shared.money.InvalidMoneyException;
import de.cet.shared.money.Money;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CAMT.053 (ISO 20022 BankToCustomerStatement, versions .001.02 to .001.08 and later ones of the same
 * shape) with StAX, by local element names only.
 *
 * <p>Why not a library (ADR 0019): the one complete Java model, Prowide ISO 20022, is a 54 MB jar with a
 * generated class per message version; CET needs about twenty elements, whose names did not change between
 * the versions (the one move, {@code Dbtr/Nm} → {@code Dbtr/Pty/Nm} in .08, is met by looking for the first
 * {@code Nm} below the party), so ignoring the namespace reads every version with one reader. A DOCTYPE is
 * refused before anything else: no DTD, no entities, no external resources.
 *
 * <p>Each {@code Stmt} becomes a {@link Statement}; a batch entry ({@code Ntry} with several
 * {@code NtryDtls/TxDtls}, e.g. {@code Btch/NbOfTxs} &gt; 1) becomes one entry per transaction when each
 * transaction carries its amount, else stays one entry; {@code Sts} {@code PDNG} marks an entry pending,
 * {@code INFO} entries are left out; {@code RvslInd} marks a reversal.
 */
public final class CamtReader {

    private static final Pattern CAMT_NS = Pattern.compile("camt\\.(\\d{3})\\.001\\.(\\d{2})");

    private CamtReader() {}

    /** A minimal element tree of one subtree (text of leaf elements, attributes, children in order). */
    record Node(String name, Map<String, String> attributes, List<Node> children, String text) {

        Node child(String n) {
            for (Node c : children) {
                if (c.name.equals(n)) {
                    return c;
                }
            }
            return null;
        }

        List<Node> all(String n) {
            return children.stream().filter(c -> c.name.equals(n)).toList();
        }

        /** The node at {@code path} (names separated by '/'), or null. */
        Node at(String path) {
            Node n = this;
            for (String part : path.split("/")) {
                n = n.child(part);
                if (n == null) {
                    return null;
                }
            }
            return n;
        }

        String text(String path) {
            Node n = at(path);
            return n == null ? null : n.text;
        }

        /** Depth-first: the first descendant named {@code n}. */
        Node first(String n) {
            for (Node c : children) {
                if (c.name.equals(n)) {
                    return c;
                }
                Node d = c.first(n);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
    }

    public static boolean looksLikeCamt(String head) {
        return head.contains("BkToCstmrStmt") || head.contains("camt.053");
    }

    public static List<Statement> read(InputStream in) {
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(in);
            List<Statement> out = new ArrayList<>();
            boolean root = true;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new StatementFileException("XML with a DOCTYPE or entities is refused.");
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (root) {
                    root = false;
                    requireCamt053(r.getNamespaceURI(), name);
                }
                if (name.equals("Stmt")) {
                    out.add(statement(r));
                } else if (name.equals("BkToCstmrAcctRpt") || name.equals("BkToCstmrDbtCdtNtfctn")) {
                    throw StatementFileException.unsupported(
                        "This is a CAMT.052 or CAMT.054 message; import the CAMT.053 statement instead.");
                }
            }
            if (root) {
                throw new StatementFileException("The file holds no XML element.");
            }
            if (out.isEmpty()) {
                throw new StatementFileException("The CAMT file holds no statement (Stmt).");
            }
            return out;
        } catch (XMLStreamException e) {
            // the parser's message may quote the document: give only the position
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            if (line > 0) {
                throw new StatementFileException(line, "the XML is not well-formed.");
            }
            throw new StatementFileException("The XML is not well-formed.");
        } finally {
            close(r);
        }
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private static void requireCamt053(String namespace, String rootName) {
        Matcher m = CAMT_NS.matcher(namespace == null ? "" : namespace);
        if (m.find() && !m.group(1).equals("053")) {
            throw StatementFileException.unsupported("This is a camt." + m.group(1) + " message, not a CAMT.053 statement.");
        }
        if (m.find(0) && Integer.parseInt(m.group(2)) < 2) {
            throw StatementFileException.unsupported("CAMT.053 version .001." + m.group(2) + " is not supported (.02 or later).");
        }
        if (!rootName.equals("Document") && !rootName.equals("BkToCstmrStmt")) {
            throw StatementFileException.unsupported("The XML is not a CAMT.053 statement.");
        }
    }

    private static Node element(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        List<Node> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                children.add(element(r));
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new StatementFileException("XML with a DOCTYPE or entities is refused.");
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return new Node(name, attributes, children, text.toString().strip());
            }
        }
    }

    /** Reads one {@code Stmt}: its header elements as trees, its entries one at a time. */
    private static Statement statement(XMLStreamReader r) throws XMLStreamException {
        String iban = null;
        LocalDate from = null;
        LocalDate to = null;
        Money opening = null;
        Money closing = null;
        LocalDate openingDate = null;
        LocalDate closingDate = null;
        List<StatementEntry> entries = new ArrayList<>();
        int entryNo = 0;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            Node n = element(r);
            switch (n.name()) {
                case "Acct" -> iban = n.text("Id/IBAN");
                case "FrToDt" -> {
                    from = date(n.text("FrDtTm"), "FrToDt/FrDtTm");
                    to = date(n.text("ToDtTm"), "FrToDt/ToDtTm");
                }
                case "Bal" -> {
                    String code = n.text("Tp/CdOrPrtry/Cd");
                    Money amount = signed(n, "Bal");
                    LocalDate day = date(dateOf(n.child("Dt")), "Bal/Dt");
                    if ("OPBD".equals(code) || ("PRCD".equals(code) && opening == null)) {
                        opening = amount;
                        openingDate = day;
                    } else if ("CLBD".equals(code)) {
                        closing = amount;
                        closingDate = day;
                    }
                }
                case "Ntry" -> entries.addAll(entries(n, ++entryNo));
                default -> { /* Id, ElctrncSeqNb, CreDtTm, TxsSummry, ...: not needed */ }
            }
        }
        if (from == null && openingDate != null) {
            from = openingDate;
        }
        if (to == null && closingDate != null) {
            to = closingDate;
        }
        return new Statement(StatementFormat.CAMT053, iban, from, to, opening, closing, entries);
    }

    private static List<StatementEntry> entries(Node ntry, int entryNo) {
        String where = "Ntry " + entryNo;
        Node sts = ntry.child("Sts");
        String status = sts == null ? "BOOK" : sts.child("Cd") != null ? sts.text("Cd") : sts.text();
        if ("INFO".equals(status)) {
            return List.of();
        }
        boolean pending = "PDNG".equals(status);
        if (!pending && !"BOOK".equals(status)) {
            throw new StatementFileException(where + " has the unknown status '" + Text.clean(status, 8) + "'.");
        }
        Money amount = signed(ntry, where);
        boolean reversal = "true".equalsIgnoreCase(ntry.text("RvslInd"));
        LocalDate booking = date(dateOf(ntry.child("BookgDt")), where + "/BookgDt");
        LocalDate value = date(dateOf(ntry.child("ValDt")), where + "/ValDt");
        if (booking == null) {
            booking = value;
        }
        if (booking == null) {
            throw new StatementFileException(where + " has neither a booking nor a value date.");
        }
        String entryRef = ntry.text("AcctSvcrRef");
        String entryInfo = ntry.text("AddtlNtryInf");
        List<Node> txs = new ArrayList<>();
        for (Node details : ntry.all("NtryDtls")) {
            txs.addAll(details.all("TxDtls"));
        }
        boolean split = txs.size() > 1 && txs.stream().allMatch(t -> txAmountNode(t) != null);
        if (!split) {
            Node tx = txs.isEmpty() ? null : txs.get(0);
            return List.of(entry(tx, booking, value, amount, entryRef, entryInfo, reversal, pending, txs.size() > 1));
        }
        List<StatementEntry> out = new ArrayList<>();
        for (int i = 0; i < txs.size(); i++) {
            Node tx = txs.get(i);
            Node amt = txAmountNode(tx);
            String ind = tx.text("CdtDbtInd") != null ? tx.text("CdtDbtInd") : ntry.text("CdtDbtInd");
            Money txAmount = signed(amt, ind, where + "/TxDtls " + (i + 1));
            String ref = entryRef == null ? null : entryRef + "/" + (i + 1);
            out.add(entry(tx, booking, value, txAmount, ref, entryInfo, reversal, pending, false));
        }
        return out;
    }

    private static Node txAmountNode(Node tx) {
        Node amt = tx.child("Amt");
        return amt != null ? amt : tx.at("AmtDtls/TxAmt/Amt");
    }

    private static StatementEntry entry(Node tx, LocalDate booking, LocalDate value, Money amount, String entryRef,
                                        String entryInfo, boolean reversal, boolean pending, boolean unsplitBatch) {
        String counterparty = null;
        String iban = null;
        String purpose = null;
        String ref = entryRef;
        if (tx != null && !unsplitBatch) {
            // money in: the other party is the debtor; money out: the creditor
            String party = amount.isNegative() ? "Cdtr" : "Dbtr";
            Node parties = tx.child("RltdPties");
            if (parties != null) {
                Node p = parties.child(party);
                Node name = p == null ? null : p.first("Nm");
                counterparty = name == null ? null : name.text();
                iban = parties.text(party + "Acct/Id/IBAN");
            }
            List<String> lines = new ArrayList<>();
            Node rmt = tx.child("RmtInf");
            if (rmt != null) {
                rmt.all("Ustrd").forEach(u -> lines.add(u.text()));
                if (lines.isEmpty()) {
                    Node strd = rmt.first("Ref");
                    if (strd != null) {
                        lines.add(strd.text());
                    }
                }
            }
            purpose = lines.isEmpty() ? tx.text("AddtlTxInf") : String.join(" ", lines);
            String txRef = tx.text("Refs/AcctSvcrRef");
            if (txRef != null && entryRef == null) {
                ref = txRef;
            }
            if (ref == null) {
                String e2e = tx.text("Refs/EndToEndId");
                ref = e2e == null || e2e.equals("NOTPROVIDED") ? null : e2e;
            }
        }
        if (purpose == null) {
            purpose = entryInfo;
        }
        return new StatementEntry(booking, value, amount, counterparty, iban, purpose, ref, reversal, pending);
    }

    private static Money signed(Node holder, String where) {
        return signed(holder.child("Amt"), holder.text("CdtDbtInd"), where);
    }

    private static Money signed(Node amt, String indicator, String where) {
        if (amt == null || amt.text().isEmpty()) {
            throw new StatementFileException(where + " has no amount (Amt).");
        }
        String currency = amt.attributes().get("Ccy");
        if (currency != null && !currency.equals("EUR")) {
            throw new StatementFileException(where + " is in " + Text.clean(currency, 3) + "; CET keeps books in EUR.");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amt.text());
        } catch (NumberFormatException e) {
            throw new StatementFileException(where + " has an amount that is not a number.");
        }
        Money m;
        try {
            m = Money.of(value);
        } catch (InvalidMoneyException e) {
            m = null;
        }
        if (m == null || value.signum() < 0) {
            throw new StatementFileException(where + " has an amount that is not a positive sum of euros and cents.");
        }
        if ("DBIT".equals(indicator)) {
            return m.negate();
        }
        if (!"CRDT".equals(indicator)) {
            throw new StatementFileException(where + " has no credit/debit indicator (CdtDbtInd CRDT or DBIT).");
        }
        return m;
    }

    /** {@code Dt} or the date part of {@code DtTm} below a date choice element. */
    private static String dateOf(Node choice) {
        if (choice == null) {
            return null;
        }
        return choice.child("Dt") != null ? choice.text("Dt") : choice.child("DtTm") != null ? choice.text("DtTm") : choice.text();
    }

    private static LocalDate date(String text, String where) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new StatementFileException(where + " is not a date (YYYY-MM-DD).");
        }
    }
}
