package de.cet.importing.api;

import static de.cet.importing.StatementSamples.camt;
import static de.cet.importing.StatementSamples.mt940;
import static de.cet.importing.api.ImportFixtures.condition;
import static de.cet.importing.api.ImportFixtures.lines;
import static de.cet.importing.api.ImportFixtures.reconciliation;
import static de.cet.importing.api.ImportFixtures.upload;
import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.importing.StatementSamples;
import de.cet.importing.StatementSamples.Camt;
import de.cet.importing.StatementSamples.CamtStatement;
import de.cet.importing.StatementSamples.Mt;
import de.cet.importing.domain.format.Charsets;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The "done when": a caucus year's bank statement, once as CAMT.053 and once as MT940, goes into
 * the inbox; rules categorise the regular lines (the rent); the printer's invoice already in the ledger is
 * matched by its suggestion; the rest are created or ignored; the account reconciles to 0.00 and the year
 * closes — which it refuses while the statement and the ledger differ.
 */
@QuarkusTest
class CaucusYearImportScenarioTest {

    static final String IBAN = LedgerFixtures.IBAN;

    /** The year as the bank booked it: H1 and H2 statements. 1000.00 → 4890.10 → 2140.10. */
    static List<CamtStatement> year() {
        List<Camt> h1 = new ArrayList<>();
        h1.add(Camt.of("450.00", "DBIT", "2026-01-05", "R-0105", "Büro Vermietung GmbH", "Miete Januar 2026"));
        h1.add(Camt.of("450.00", "DBIT", "2026-02-05", "R-0205", "Büro Vermietung GmbH", "Miete Februar 2026"));
        h1.add(Camt.of("5000.00", "CRDT", "2026-03-01", "R-0301", "Stadt Musterstadt", "Fraktionszuschuss 2026"));
        h1.add(Camt.of("89.90", "DBIT", "2026-03-10", "R-0310", "Druckerei Schmidt", "Rechnung 4711 Flyer"));
        h1.add(Camt.of("120.00", "DBIT", "2026-04-02", "R-0402", null, null)
            .batch(List.of("70.00|Bäckerei Müller|DE02120300000000202051|Klausur Brötchen",
                "50.00|Getränke Klein|DE02120300000000202051|Klausur Getränke")));
        h1.add(Camt.of("15.00", "DBIT", "2026-04-15", "R-0415", "Musterbank", "Entgelt Lastschrift"));
        h1.add(Camt.of("15.00", "CRDT", "2026-04-16", "R-0416", "Musterbank", "Erstattung Entgelt").reversed());
        h1.add(Camt.of("30.00", "DBIT", "2026-06-30", "R-0630", "Kopierladen", "vorgemerkt").pending());
        List<Camt> h2 = new ArrayList<>();
        for (int m = 7; m <= 12; m++) {
            h2.add(Camt.of("450.00", "DBIT", String.format("2026-%02d-05", m), "R-" + m + "05", "Büro Vermietung GmbH",
                "Miete " + m + "/2026"));
        }
        // two real payments of the same amount, on the same day, to the same payee, without bank references
        h2.add(Camt.of("25.00", "DBIT", "2026-09-15", null, "Kopierladen", "Kopien Sitzung"));
        h2.add(Camt.of("25.00", "DBIT", "2026-09-15", null, "Kopierladen", "Kopien Sitzung"));
        return List.of(new CamtStatement(IBAN, "2026-01-01", "2026-06-30", "1000.00", "CRDT", "4890.10", "CRDT", h1),
            new CamtStatement(IBAN, "2026-07-01", "2026-12-31", "4890.10", "CRDT", "2140.10", "CRDT", h2));
    }

    /** The same year as MT940 (no batch: the bank lists the two bakery items as one line each). */
    static String yearMt940(boolean envelope) {
        List<Mt> h1 = new ArrayList<>();
        h1.add(new Mt("260105", "D", "450,00", "R-0105", "Büro Vermietung GmbH", "DE02120300000000202051", "Miete Januar 2026"));
        h1.add(new Mt("260205", "D", "450,00", "R-0205", "Büro Vermietung GmbH", "DE02120300000000202051", "Miete Februar 2026"));
        h1.add(new Mt("260301", "C", "5000,00", "R-0301", "Stadt Musterstadt", "DE02120300000000202051", "Fraktionszuschuss 2026"));
        h1.add(new Mt("260310", "D", "89,90", "R-0310", "Druckerei Schmidt", "DE02120300000000202051", "Rechnung 4711 Flyer"));
        h1.add(new Mt("260402", "D", "70,00", "R-0402A", "Bäckerei Müller", "DE02120300000000202051", "Klausur Brötchen"));
        h1.add(new Mt("260402", "D", "50,00", "R-0402B", "Getränke Klein", "DE02120300000000202051", "Klausur Getränke"));
        h1.add(new Mt("260415", "D", "15,00", "R-0415", "Musterbank", "DE02120300000000202051", "Entgelt Lastschrift"));
        h1.add(new Mt("260416", "RD", "15,00", "R-0416", "Musterbank", "DE02120300000000202051", "Erstattung Entgelt"));
        List<Mt> h2 = new ArrayList<>();
        for (int m = 7; m <= 12; m++) {
            h2.add(new Mt(String.format("26%02d05", m), "D", "450,00", "R-" + m + "05", "Büro Vermietung GmbH",
                "DE02120300000000202051", "Miete " + m + "/2026"));
        }
        h2.add(new Mt("260915", "D", "25,00", null, "Kopierladen", "DE02120300000000202051", "Kopien Sitzung"));
        h2.add(new Mt("260915", "D", "25,00", null, "Kopierladen", "DE02120300000000202051", "Kopien Sitzung"));
        return mt940(IBAN, "251231", "1000.00", "260630", "4890.10", h1, envelope)
            + mt940(IBAN, "260630", "4890.10", "261231", "2140.10", h2, envelope);
    }

    @Test
    void theYearAsCamtReconcilesAndCloses() {
        runYear(StatementSamples.utf8(camt(8, year())), 16);
    }

    @Test
    void theYearAsMt940InCp850WithTheSwiftEnvelopeReconcilesAndCloses() {
        byte[] file = StatementSamples.bytes(yearMt940(true), Charsets.CP850);
        runYear(file, 16);
    }

    void runYear(byte[] file, int expectedLines) {
        Actor treasurer = Actors.user("Tina Treasurer");
        UUID book = LedgerFixtures.caucusBook(treasurer, 2026);
        LedgerFixtures.settings(treasurer, book, Map.of("fourEyes", true, "requireApproval", false, "requireReceipt", false));
        UUID period = LedgerFixtures.firstPeriod(treasurer, book);
        UUID bank = LedgerFixtures.bankAccount(treasurer, book, "1000.00", "2026-01-01");
        UUID rent = category(treasurer, book, "EX-200");
        UUID office = category(treasurer, book, "EX-300");
        UUID events = category(treasurer, book, "EX-410");
        UUID grants = category(treasurer, book, "IN-110");

        // the printer's invoice was recorded before the statement came
        Map<String, Object> printer = LedgerFixtures.tx("EXPENSE", "89.90", "2026-03-08", bank, office);
        printer.put("counterparty", "Druckerei Schmidt GmbH");
        printer.put("status", "BOOKED");
        String printerId = treasurer.api().body(printer).post(books(book, "/transactions")).then().statusCode(201)
            .extract().path("id");

        // rules: the regex one comes first by priority; the broader "Miete" one would give another category
        ImportFixtures.rule(treasurer, book, "Miete (Vermieter)", 10,
            List.of(condition("counterparty", "regex", "^B(ü|ue)ro Vermietung")), rent);
        ImportFixtures.rule(treasurer, book, "Miete (Zweck)", 20, List.of(condition("purpose", "contains", "Miete")), office);

        upload(treasurer, book, bank, file, null).statusCode(201)
            .body("lines", equalTo(expectedLines)).body("duplicates", equalTo(0))
            .body("statementFrom", equalTo(file[0] == '<' ? "2026-01-01" : "2025-12-31"))
            .body("statementTo", equalTo("2026-12-31"))
            .body("closingBalance", equalTo("2140.10")).body("matched", equalTo(1));
        // the same file again adds nothing
        upload(treasurer, book, bank, file, null).statusCode(201).body("lines", equalTo(0))
            .body("duplicates", equalTo(expectedLines));

        List<Map<String, Object>> open = lines(treasurer, book, "NEW");
        assertEquals(expectedLines, open.size());
        long rentLines = open.stream().filter(l -> rent.toString().equals(l.get("categoryId"))).count();
        assertEquals(8, rentLines, "the regex rule (priority 10) categorised all eight rent lines");
        assertEquals(2, open.stream().filter(l -> "Kopierladen".equals(l.get("counterparty"))).count(),
            "two identical payments in one file are two lines");
        assertTrue(open.stream().anyMatch(l -> "Bäckerei Müller".equals(l.get("counterparty"))), "umlauts read right");

        // not reconciled yet: the year does not close
        reconciliation(treasurer, book, bank, "2026-12-31").statusCode(200)
            .body("statementBalance", equalTo("2140.10")).body("unmatchedLines", equalTo(expectedLines));
        treasurer.api().post(books(book, "/periods/" + period + "/close")).then().statusCode(409)
            .body("blockers.code", hasItem("BANK_NOT_RECONCILED"));

        for (Map<String, Object> line : open) {
            String id = (String) line.get("id");
            String amount = (String) line.get("amount");
            List<Map<String, Object>> suggestions = (List<Map<String, Object>>) line.get("suggestions");
            String counterparty = (String) line.get("counterparty");
            if (!suggestions.isEmpty()) {
                assertEquals(printerId, suggestions.get(0).get("transactionId"));
                treasurer.api().body(Map.of("transactionId", printerId)).post(books(book, "/bank-lines/" + id + "/match"))
                    .then().statusCode(200).body("status", equalTo("MATCHED")).body("transactionId", equalTo(printerId));
            } else if ("Musterbank".equals(counterparty)) {
                treasurer.api().post(books(book, "/bank-lines/" + id + "/ignore")).then().statusCode(200)
                    .body("status", equalTo("IGNORED"));
            } else if (line.get("categoryId") != null) {
                treasurer.api().body(Map.of()).post(books(book, "/bank-lines/" + id + "/create")).then().statusCode(200)
                    .body("status", equalTo("MATCHED"));
            } else {
                UUID category = amount.startsWith("-") ? ("Kopierladen".equals(counterparty) ? office : events) : grants;
                treasurer.api().body(Map.of("categoryId", category.toString()))
                    .post(books(book, "/bank-lines/" + id + "/create")).then().statusCode(200).body("status", equalTo("MATCHED"));
            }
        }
        assertEquals(0, lines(treasurer, book, "NEW").size());
        reconciliation(treasurer, book, bank, "2026-12-31").statusCode(200)
            .body("statementBalance", equalTo("2140.10")).body("ledgerBalance", equalTo("2140.10"))
            .body("difference", equalTo("0.00")).body("unmatchedLines", equalTo(0)).body("reconciled", equalTo(true));
        // mid-year too: the H1 statement's end
        reconciliation(treasurer, book, bank, "2026-06-30").statusCode(200).body("difference", equalTo("0.00"));
        treasurer.api().post(books(book, "/periods/" + period + "/close")).then().statusCode(200);
        Map<String, Object> none = new HashMap<>();
        assertTrue(none.isEmpty());
    }
}
