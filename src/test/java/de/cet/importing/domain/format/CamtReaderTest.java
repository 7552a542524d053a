package de.cet.importing.domain.format;

import static de.cet.importing.StatementSamples.camt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.importing.StatementSamples.Camt;
import de.cet.importing.StatementSamples.CamtStatement;
import de.cet.shared.error.ProblemKind;
import de.cet.shared.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CamtReaderTest {

    static final String IBAN = "DE89370400440532013000";

    static List<Statement> read(String xml) {
        return CamtReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static CamtStatement statement(String opening, String closing, List<Camt> entries) {
        return new CamtStatement(IBAN, "2026-01-01", "2026-01-31", opening, "CRDT", closing, "CRDT", entries);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
    void everyVersionFromTwoToEightReadsTheSameStatement(int version) {
        List<Statement> s = read(camt(version, List.of(statement("100.00", "80.50", List.of(
            Camt.of("19.50", "DBIT", "2026-01-10", "REF1", "Bäckerei Müller", "Brötchen"))))));
        assertEquals(1, s.size());
        Statement st = s.get(0);
        assertEquals(StatementFormat.CAMT053, st.format());
        assertEquals(IBAN, st.iban());
        assertEquals(LocalDate.of(2026, 1, 1), st.from());
        assertEquals(LocalDate.of(2026, 1, 31), st.to());
        assertEquals(Money.of("100.00"), st.openingBalance());
        assertEquals(Money.of("80.50"), st.closingBalance());
        StatementEntry e = st.entries().get(0);
        assertEquals(Money.of("-19.50"), e.amount());
        assertEquals("Bäckerei Müller", e.counterparty(), "the creditor of money out, Nm or Pty/Nm");
        assertEquals("DE02120300000000202051", e.counterpartyIban());
        assertEquals("Brötchen", e.purpose());
        assertEquals("REF1", e.bankReference());
        assertFalse(e.pending());
        assertFalse(e.reversal());
    }

    @Test
    void aBatchIsSplitIntoItsTransactionsEachWithItsOwnReference() {
        Statement st = read(camt(8, List.of(statement("100.00", "220.00", List.of(
            Camt.of("120.00", "CRDT", "2026-01-10", "B1", null, null)
                .batch(List.of("70.00|Anna|DE02120300000000202051|Beitrag Anna", "50.00|Ben|DE02120300000000202051|Beitrag Ben"))))))).get(0);
        assertEquals(2, st.entries().size());
        assertEquals(Money.of("70.00"), st.entries().get(0).amount());
        assertEquals("Anna", st.entries().get(0).counterparty(), "the debtor of money in");
        assertEquals("B1/1", st.entries().get(0).bankReference());
        assertEquals("B1/2", st.entries().get(1).bankReference());
    }

    @Test
    void pendingEntriesAreMarkedAndReversalsKeepTheirBookingDirection() {
        Statement st = read(camt(6, List.of(statement("100.00", "115.00", List.of(
            Camt.of("15.00", "CRDT", "2026-01-11", "RV", "Bank", "Storno").reversed(),
            Camt.of("30.00", "DBIT", "2026-01-31", "P1", "Laden", "vorgemerkt").pending()))))).get(0);
        assertTrue(st.entries().get(0).reversal());
        assertEquals(Money.of("15.00"), st.entries().get(0).amount());
        assertTrue(st.entries().get(1).pending());
        assertEquals(1, st.booked().size());
        assertEquals(1, st.pendingCount());
    }

    @Test
    void twoStatementsInOneFile() {
        List<Statement> s = read(camt(2, List.of(statement("0.00", "10.00", List.of(Camt.of("10.00", "CRDT", "2026-01-02", "A", "X", "x"))),
            new CamtStatement(IBAN, "2026-02-01", "2026-02-28", "10.00", "CRDT", "5.00", "CRDT",
                List.of(Camt.of("5.00", "DBIT", "2026-02-02", "B", "Y", "y"))))));
        assertEquals(2, s.size());
        assertEquals(LocalDate.of(2026, 2, 1), s.get(1).from());
    }

    @Test
    void aDebitBalanceIsNegative() {
        Statement st = read(camt(8, List.of(new CamtStatement(IBAN, "2026-01-01", "2026-01-31", "10.00", "DBIT", "-20.00".substring(1), "DBIT",
            List.of(Camt.of("10.00", "DBIT", "2026-01-02", "A", "X", "x")))))).get(0);
        assertEquals(Money.of("-10.00"), st.openingBalance());
        assertEquals(Money.of("-20.00"), st.closingBalance());
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsExpanded() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
            + "<Document><BkToCstmrStmt><Stmt><Ntry><AddtlNtryInf>&b;</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>";
        StatementFileException e = assertThrows(StatementFileException.class, () -> read(xml));
        assertEquals(ProblemKind.UNPROCESSABLE, e.kind());
        assertTrue(e.getMessage().contains("DOCTYPE"));
    }

    @Test
    void anExternalEntityIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Document>&x;</Document>";
        StatementFileException e = assertThrows(StatementFileException.class, () -> read(xml));
        assertFalse(e.getMessage().contains("root"));
    }

    @Test
    void otherCamtMessagesAndOldVersionsAreUnsupported() {
        assertEquals(ProblemKind.UNSUPPORTED_MEDIA_TYPE, assertThrows(StatementFileException.class, () -> read(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.02\"><BkToCstmrAcctRpt/></Document>")).kind());
        assertEquals(ProblemKind.UNSUPPORTED_MEDIA_TYPE, assertThrows(StatementFileException.class, () -> read(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.01\"><BkToCstmrStmt/></Document>")).kind());
        assertEquals(ProblemKind.UNSUPPORTED_MEDIA_TYPE, assertThrows(StatementFileException.class, () -> read(
            "<Document><BkToCstmrDbtCdtNtfctn/></Document>")).kind());
        assertEquals(ProblemKind.UNSUPPORTED_MEDIA_TYPE, assertThrows(StatementFileException.class, () -> read(
            "<Invoice><BkToCstmrStmt/></Invoice>")).kind());
    }

    @Test
    void brokenXmlIsAnsweredWithItsLineAndWithoutItsContent() {
        StatementFileException e = assertThrows(StatementFileException.class, () -> read(
            "<Document>\n<BkToCstmrStmt>\n<Stmt secret=\"IBAN-DE123\">\n</Document>"));
        assertTrue(e.getMessage().startsWith("Row "), e.getMessage());
        assertFalse(e.getMessage().contains("IBAN-DE123"));
    }

    @Test
    void aFileWithoutStatementsIsRefused() {
        assertThrows(StatementFileException.class, () -> read("<Document><BkToCstmrStmt><GrpHdr/></BkToCstmrStmt></Document>"));
    }

    @Test
    void badEntriesNameTheEntry() {
        String head = "<Document><BkToCstmrStmt><Stmt><Acct><Id><IBAN>" + IBAN + "</IBAN></Id></Acct>";
        String tail = "</Stmt></BkToCstmrStmt></Document>";
        assertTrue(assertThrows(StatementFileException.class, () -> read(head
            + "<Ntry><Amt Ccy=\"USD\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-01</Dt></BookgDt></Ntry>" + tail))
            .getMessage().contains("EUR"));
        assertTrue(assertThrows(StatementFileException.class, () -> read(head
            + "<Ntry><Amt>1.001</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-01</Dt></BookgDt></Ntry>" + tail))
            .getMessage().contains("Ntry 1"));
        assertThrows(StatementFileException.class, () -> read(head
            + "<Ntry><Amt>x</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-01</Dt></BookgDt></Ntry>" + tail));
        assertThrows(StatementFileException.class, () -> read(head
            + "<Ntry><Amt>1.00</Amt><BookgDt><Dt>2026-01-01</Dt></BookgDt></Ntry>" + tail));
        assertThrows(StatementFileException.class, () -> read(head
            + "<Ntry><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-01</Dt></BookgDt></Ntry>" + tail));
        assertThrows(StatementFileException.class, () -> read(head
            + "<Ntry><Amt>1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry>" + tail));
        assertThrows(StatementFileException.class, () -> read(head
            + "<Ntry><Amt>1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>01.01.2026</Dt></BookgDt></Ntry>" + tail));
        assertThrows(StatementFileException.class, () -> read(head
            + "<Ntry><Amt>1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>WHAT</Sts><BookgDt><Dt>2026-01-01</Dt></BookgDt></Ntry>" + tail));
    }

    @Test
    void infoEntriesAreLeftOutAndDateTimesAndValueDatesServe() {
        String xml = "<Document><BkToCstmrStmt><Stmt><Acct><Id><IBAN>" + IBAN + "</IBAN></Id></Acct>"
            + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><DtTm>2026-01-01T00:00:00</DtTm></Dt></Bal>"
            + "<Bal><Tp><CdOrPrtry><Cd>CLAV</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">9.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-01-03</Dt></Dt></Bal>"
            + "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">3.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-01-03</Dt></Dt></Bal>"
            + "<Ntry><Amt>5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>INFO</Cd></Sts><BookgDt><Dt>2026-01-02</Dt></BookgDt></Ntry>"
            + "<Ntry><Amt>2.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><ValDt><DtTm>2026-01-02T10:00:00</DtTm></ValDt>"
            + "<AddtlNtryInf>Zinsen</AddtlNtryInf><NtryDtls><TxDtls><Refs><AcctSvcrRef>T9</AcctSvcrRef><EndToEndId>E2E</EndToEndId></Refs>"
            + "<AddtlTxInf>Habenzins</AddtlTxInf></TxDtls></NtryDtls></Ntry>"
            + "</Stmt></BkToCstmrStmt></Document>";
        Statement st = read(xml).get(0);
        assertEquals(1, st.entries().size());
        StatementEntry e = st.entries().get(0);
        assertEquals(LocalDate.of(2026, 1, 2), e.bookingDate());
        assertEquals("T9", e.bankReference());
        assertEquals("Habenzins", e.purpose());
        assertNull(e.counterparty());
        assertEquals(LocalDate.of(2026, 1, 1), st.from(), "from the opening balance's date");
        assertEquals(LocalDate.of(2026, 1, 3), st.to());
    }

    @Test
    void theEndToEndIdServesWhenTheBankGivesNoReferenceAndStructuredRemittanceAsPurpose() {
        String xml = "<Document><BkToCstmrStmt><Stmt>"
            + "<Ntry><Amt>2.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-01-02</Dt></BookgDt>"
            + "<NtryDtls><TxDtls><Refs><EndToEndId>E2E-7</EndToEndId></Refs>"
            + "<RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>"
            + "<Ntry><Amt>3.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-01-03</Dt></BookgDt>"
            + "<NtryDtls><TxDtls><RmtInf/></TxDtls><TxDtls/></NtryDtls></Ntry>"
            + "</Stmt></BkToCstmrStmt></Document>";
        Statement st = read(xml).get(0);
        assertEquals("E2E-7", st.entries().get(0).bankReference());
        assertEquals("RF18539007547034", st.entries().get(0).purpose());
        assertNull(st.iban());
        assertEquals(2, st.entries().size(), "a batch without amounts per transaction stays one entry");
        assertNull(st.entries().get(1).counterparty());
    }

    @Test
    void looksLikeCamt() {
        assertTrue(CamtReader.looksLikeCamt("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"));
        assertTrue(CamtReader.looksLikeCamt("<Document><BkToCstmrStmt>"));
        assertFalse(CamtReader.looksLikeCamt("<html>"));
    }

    @Test
    void noXmlAtAll() {
        assertThrows(StatementFileException.class, () -> read(""));
        assertThrows(StatementFileException.class, () -> read("<?xml version=\"1.0\"?>"));
    }
}
