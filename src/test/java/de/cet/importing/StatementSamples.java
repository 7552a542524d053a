package de.cet.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Statement files written from the specifications (ISO 20022 camt.053 message definition, the DFÜ-Abkommen's
 * MT940 profile) for the tests: small builders so that a test reads as the statement it imports.
 */
public final class StatementSamples {

    private StatementSamples() {}

    /** One CAMT entry; {@code txs} non-empty for a batch ({@code amount|name|iban|purpose}). */
    public record Camt(String amount, String ind, String date, String status, boolean reversal, String ref,
                       String name, String iban, String purpose, List<String> txs) {
        public static Camt of(String amount, String ind, String date, String ref, String name, String purpose) {
            return new Camt(amount, ind, date, "BOOK", false, ref, name, "DE02120300000000202051", purpose, List.of());
        }

        public Camt pending() {
            return new Camt(amount, ind, date, "PDNG", reversal, ref, name, iban, purpose, txs);
        }

        public Camt reversed() {
            return new Camt(amount, ind, date, status, true, ref, name, iban, purpose, txs);
        }

        public Camt batch(List<String> transactions) {
            return new Camt(amount, ind, date, status, reversal, ref, name, iban, purpose, transactions);
        }
    }

    public record CamtStatement(String iban, String from, String to, String opening, String openingInd, String closing,
                                String closingInd, List<Camt> entries) {}

    /** A camt.053 document of version {@code .001.0v} with the statements given. */
    public static String camt(int version, List<CamtStatement> statements) {
        boolean v06 = version >= 6;
        boolean v08 = version >= 8;
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.0").append(version).append("\">")
            .append("<BkToCstmrStmt><GrpHdr><MsgId>MSG1</MsgId><CreDtTm>2027-01-02T08:00:00</CreDtTm></GrpHdr>");
        int n = 0;
        for (CamtStatement s : statements) {
            x.append("<Stmt><Id>STMT").append(++n).append("</Id><CreDtTm>2027-01-02T08:00:00</CreDtTm>")
                .append("<FrToDt><FrDtTm>").append(s.from()).append("T00:00:00</FrDtTm><ToDtTm>").append(s.to())
                .append("T23:59:59</ToDtTm></FrToDt>")
                .append("<Acct><Id><IBAN>").append(s.iban()).append("</IBAN></Id><Ccy>EUR</Ccy></Acct>");
            x.append(balance("PRCD", s.opening(), s.openingInd(), s.from()));
            x.append(balance("CLBD", s.closing(), s.closingInd(), s.to()));
            for (Camt e : s.entries()) {
                x.append("<Ntry>");
                if (e.ref() != null) {
                    x.append("<NtryRef>").append(e.ref()).append("</NtryRef>");
                }
                x.append("<Amt Ccy=\"EUR\">").append(e.amount()).append("</Amt><CdtDbtInd>").append(e.ind()).append("</CdtDbtInd>");
                if (e.reversal()) {
                    x.append("<RvslInd>true</RvslInd>");
                }
                x.append(v06 ? "<Sts><Cd>" + e.status() + "</Cd></Sts>" : "<Sts>" + e.status() + "</Sts>");
                x.append("<BookgDt><Dt>").append(e.date()).append("</Dt></BookgDt><ValDt><Dt>").append(e.date())
                    .append("</Dt></ValDt>");
                if (e.ref() != null) {
                    x.append("<AcctSvcrRef>").append(e.ref()).append("</AcctSvcrRef>");
                }
                x.append("<BkTxCd><Domn><Cd>PMNT</Cd></Domn></BkTxCd><NtryDtls>");
                if (e.txs().isEmpty()) {
                    x.append(tx(e.ind(), null, e.name(), e.iban(), e.purpose(), v08));
                } else {
                    x.append("<Btch><NbOfTxs>").append(e.txs().size()).append("</NbOfTxs></Btch>");
                    for (String t : e.txs()) {
                        String[] p = t.split("\\|");
                        x.append(tx(e.ind(), p[0], p[1], p[2], p[3], v08));
                    }
                }
                x.append("</NtryDtls></Ntry>");
            }
            x.append("</Stmt>");
        }
        return x.append("</BkToCstmrStmt></Document>\n").toString();
    }

    private static String balance(String code, String amount, String ind, String date) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount
            + "</Amt><CdtDbtInd>" + ind + "</CdtDbtInd><Dt><Dt>" + date + "</Dt></Dt></Bal>";
    }

    private static String tx(String ind, String amount, String name, String iban, String purpose, boolean v08) {
        String party = "CRDT".equals(ind) ? "Dbtr" : "Cdtr";
        StringBuilder x = new StringBuilder("<TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>");
        if (amount != null) {
            x.append("<Amt Ccy=\"EUR\">").append(amount).append("</Amt>");
        }
        x.append("<RltdPties><").append(party).append(">");
        x.append(v08 ? "<Pty><Nm>" + name + "</Nm></Pty>" : "<Nm>" + name + "</Nm>");
        x.append("</").append(party).append("><").append(party).append("Acct><Id><IBAN>").append(iban)
            .append("</IBAN></Id></").append(party).append("Acct></RltdPties>");
        x.append("<RmtInf><Ustrd>").append(purpose).append("</Ustrd></RmtInf></TxDtls>");
        return x.toString();
    }

    /** One MT940 :61:/:86: pair: {@code mark} C, D, RC or RD; {@code amount} with a comma. */
    public record Mt(String date, String mark, String amount, String ref, String name, String iban, String purpose) {}

    /** An MT940 statement; {@code envelope}: wrapped in the SWIFT blocks {1:}{2:}{4:…-}. */
    public static String mt940(String iban, String openingDate, String opening, String closingDate, String closing,
                               List<Mt> lines, boolean envelope) {
        StringBuilder m = new StringBuilder();
        if (envelope) {
            m.append("{1:F01COBADEFFAXXX0000000000}{2:I940COBADEFFXXXXN}{4:\r\n");
        }
        m.append(":20:STARTUMSE\r\n:25:").append(iban).append("\r\n:28C:00001/001\r\n");
        m.append(":60F:").append(sign(opening)).append(openingDate).append("EUR").append(abs(opening)).append("\r\n");
        for (Mt l : lines) {
            m.append(":61:").append(l.date()).append(l.date().substring(2)).append(l.mark()).append(l.amount())
                .append("NTRF").append("NONREF").append(l.ref() == null ? "" : "//" + l.ref()).append("\r\n");
            String details = "166?00SEPA-UEBERWEISUNG?100931?20EREF+NOTPROVIDED?21SVWZ+" + l.purpose()
                + "?30COBADEFFXXX?31" + l.iban() + "?32" + l.name();
            // banks wrap :86: at 65 characters, also inside a subfield
            m.append(":86:");
            for (int i = 0; i < details.length(); i += 65) {
                if (i > 0) {
                    m.append("\r\n");
                }
                m.append(details, i, Math.min(details.length(), i + 65));
            }
            m.append("\r\n");
        }
        m.append(":62F:").append(sign(closing)).append(closingDate).append("EUR").append(abs(closing)).append("\r\n");
        m.append(envelope ? "-}" : "-").append("\r\n");
        return m.toString();
    }

    private static String sign(String amount) {
        return amount.startsWith("-") ? "D" : "C";
    }

    private static String abs(String amount) {
        return (amount.startsWith("-") ? amount.substring(1) : amount).replace('.', ',');
    }

    public static byte[] bytes(String s, Charset c) {
        return s.getBytes(c);
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] zip(List<byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            int i = 0;
            for (byte[] f : files) {
                z.putNextEntry(new ZipEntry("statement-" + (++i) + ".xml"));
                z.write(f);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A ZIP of one file of {@code size} zero bytes: it packs a thousandfold. */
    public static byte[] zipBomb(int size) {
        return zip(List.of(new byte[size]));
    }

    public static List<String> list(String... s) {
        return new ArrayList<>(List.of(s));
    }
}
