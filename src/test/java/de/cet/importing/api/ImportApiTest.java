package de.cet.importing.api;

import static de.cet.importing.StatementSamples.camt;
import static de.cet.importing.StatementSamples.utf8;
import static de.cet.importing.api.ImportFixtures.condition;
import static de.cet.importing.api.ImportFixtures.lines;
import static de.cet.importing.api.ImportFixtures.upload;
import static de.cet.ledger.api.LedgerFixtures.books;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.books.domain.BookRole;
import de.cet.importing.StatementSamples;
import de.cet.importing.StatementSamples.Camt;
import de.cet.importing.StatementSamples.CamtStatement;
import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad files, who may do what, duplicates across files, CSV profiles, rules on demand, concurrent accepts. */
@QuarkusTest
class ImportApiTest {

    Actor treasurer;
    Actor member;
    Actor auditor;
    UUID book;
    UUID bank;
    UUID office;

    @BeforeEach
    void book() {
        treasurer = Actors.user("Tina Treasurer");
        book = LedgerFixtures.caucusBook(treasurer, 2026);
        LedgerFixtures.settings(treasurer, book, Map.of("requireApproval", false, "requireReceipt", false));
        member = Actors.member(book, BookRole.MEMBER);
        auditor = Actors.member(book, BookRole.AUDITOR);
        bank = LedgerFixtures.bankAccount(treasurer, book, "100.00", "2026-01-01");
        office = LedgerFixtures.category(treasurer, book, "EX-300");
    }

    static byte[] statement(String iban, List<Camt> entries, String closing) {
        return utf8(camt(8, List.of(new CamtStatement(iban, "2026-01-01", "2026-01-31", "100.00", "CRDT", closing, "CRDT", entries))));
    }

    static byte[] copies() {
        return statement(LedgerFixtures.IBAN, List.of(Camt.of("25.00", "DBIT", "2026-01-10", "K1", "Kopierladen", "Kopien")), "75.00");
    }

    @Test
    void badFilesAreRefusedAndNothingIsStored() {
        String secret = "Geheimer Verwendungszweck";
        upload(treasurer, book, bank, utf8("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"" + secret + "\">]><Document>&a;</Document>"), null)
            .statusCode(422).body("detail", containsString("DOCTYPE")).body("detail", not(containsString(secret)));
        upload(treasurer, book, bank, statement("DE02120300000000202051",
            List.of(Camt.of("25.00", "DBIT", "2026-01-10", "K1", "Kopierladen", secret)), "75.00"), null)
            .statusCode(422).body("type", containsString("statement-for-another-account"));
        upload(treasurer, book, bank, StatementSamples.zipBomb(10_000_000), null).statusCode(413);
        upload(treasurer, book, bank, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, "sparkasse").statusCode(415);
        upload(treasurer, book, bank, utf8("Buchungstag;Betrag\n01.01.2026;1,00\n"), null).statusCode(415)
            .body("detail", containsString("profile"));
        byte[] latin1 = "Buchungstag;Betrag;Buchungstext\n02.01.2026;-1,00;Müller\n".getBytes(StandardCharsets.ISO_8859_1);
        upload(treasurer, book, bank, latin1, "commerzbank").statusCode(422).body("row", equalTo(2))
            .body("detail", not(containsString("ller")));
        upload(treasurer, book, bank, utf8("Buchungstag;Betrag\n01.01.2026;1,00\n02.01.2026;zwei\n"), "commerzbank")
            .statusCode(422).body("row", equalTo(3));
        upload(treasurer, book, bank, utf8("Buchungstag;Betrag\n"), "no-such-preset").statusCode(404);
        upload(treasurer, book, bank, statement(LedgerFixtures.IBAN,
            List.of(Camt.of("25.00", "DBIT", "2026-01-10", "K1", "Kopierladen", "x")), "99.00"), null)
            .statusCode(422).body("detail", containsString("do not add up"));
        assertEquals(0, lines(treasurer, book, null).size(), "nothing half-imported");
    }

    @Test
    void whoMayImportAndReadTheInbox() {
        upload(member, book, bank, copies(), null).statusCode(403);
        upload(auditor, book, bank, copies(), null).statusCode(403);
        Actor stranger = Actors.user("Sam Stranger");
        upload(stranger, book, bank, copies(), null).statusCode(404);
        stranger.api().get(books(book, "/bank-lines")).then().statusCode(404);
        member.api().get(books(book, "/bank-lines")).then().statusCode(403);
        UUID otherBook = LedgerFixtures.caucusBook(treasurer, 2026);
        UUID otherAccount = LedgerFixtures.bankAccount(treasurer, otherBook, "0.00", "2026-01-01");
        upload(treasurer, book, otherAccount, copies(), null).statusCode(404);
        UUID cash = LedgerFixtures.cashAccount(treasurer, book, "0.00", "2026-01-01");
        upload(treasurer, book, cash, copies(), null).statusCode(422);

        upload(treasurer, book, bank, copies(), null).statusCode(201).body("lines", equalTo(1));
        auditor.api().get(books(book, "/bank-lines")).then().statusCode(200).body("items", hasSize(1));
        String line = lines(treasurer, book, "NEW").get(0).get("id").toString();
        member.api().post(books(book, "/bank-lines/" + line + "/ignore")).then().statusCode(403);
        treasurer.api().post(books(otherBook, "/bank-lines/" + line + "/ignore")).then().statusCode(404);
        treasurer.api().get(books(book, "/bank-lines?status=WHATEVER")).then().statusCode(400);
        ImportFixtures.reconciliation(member, book, bank, "2026-01-31").statusCode(403);
        ImportFixtures.reconciliation(auditor, book, bank, "2026-01-31").statusCode(200)
            .body("statementBalance", equalTo("75.00")).body("ledgerBalance", equalTo("100.00"))
            .body("difference", equalTo("-25.00")).body("unmatchedLines", equalTo(1));
        treasurer.api().post(books(book, "/bank-lines/" + line + "/create")).then().statusCode(400)
            .body("errors.field", hasItem("categoryId"));
        treasurer.api().post(books(book, "/bank-lines/" + line + "/ignore")).then().statusCode(200);
        treasurer.api().post(books(book, "/bank-lines/" + line + "/ignore")).then().statusCode(409);
        treasurer.api().post(books(book, "/bank-lines/" + line + "/not-duplicate")).then().statusCode(409);
    }

    @Test
    void overlappingStatementsAndASimilarLineFromAnotherExport() {
        upload(treasurer, book, bank, copies(), null).statusCode(201).body("lines", equalTo(1));
        // the next statement overlaps: K1 again and a new line
        byte[] overlap = statement(LedgerFixtures.IBAN, List.of(Camt.of("25.00", "DBIT", "2026-01-10", "K1", "Kopierladen", "Kopien"),
            Camt.of("10.00", "CRDT", "2026-01-20", "G1", "Anna", "Beitrag")), "85.00");
        upload(treasurer, book, bank, overlap, null).statusCode(201).body("lines", equalTo(1)).body("duplicates", equalTo(1));
        // the same payment from the bank's CSV export: no reference, no counterparty column, a day later → kept and asked
        byte[] csv = utf8("Buchungstag;Betrag;Buchungstext;IBAN Auftraggeberkonto\n11.01.2026;-25,00;Kopien;" + LedgerFixtures.IBAN + "\n");
        upload(treasurer, book, bank, csv, "commerzbank").statusCode(201).body("lines", equalTo(1)).body("duplicates", equalTo(0))
            .body("suspected", equalTo(1));
        List<Map<String, Object>> all = lines(treasurer, book, null);
        assertEquals(3, all.size(), "the CSV line is kept");
        Map<String, Object> csvLine = all.stream().filter(l -> l.get("bankReference") == null).findFirst().orElseThrow();
        assertEquals("DUPLICATE_SUSPECTED", csvLine.get("status"));
        // a CSV export of another account is refused
        byte[] foreign = utf8("Buchungstag;Betrag;Buchungstext;IBAN Auftraggeberkonto\n11.01.2026;-5,00;x;DE02120300000000202051\n");
        upload(treasurer, book, bank, foreign, "commerzbank").statusCode(422);
    }

    @Test
    void aSuspectedDuplicateIsAskedAndConfirmed() {
        upload(treasurer, book, bank, copies(), null).statusCode(201);
        byte[] again = statement(LedgerFixtures.IBAN, List.of(Camt.of("25.00", "DBIT", "2026-01-11", "K9", "Kopierladen GmbH", "Kopien")), "75.00");
        upload(treasurer, book, bank, again, null).statusCode(201).body("lines", equalTo(1)).body("suspected", equalTo(1));
        List<Map<String, Object>> suspected = lines(treasurer, book, "DUPLICATE_SUSPECTED");
        assertEquals(1, suspected.size());
        String id = suspected.get(0).get("id").toString();
        treasurer.api().post(books(book, "/bank-lines/" + id + "/not-duplicate")).then().statusCode(200)
            .body("status", equalTo("NEW"));
    }

    @Test
    void profilesPresetsAndACsvImport() {
        treasurer.api().get("/api/v1/import-profiles/presets").then().statusCode(200)
            .body("id", hasItem("sparkasse")).body("id", hasItem("gls")).body("id", hasItem("n26"));
        Map<String, Object> mine = Map.of("name", "Hausbank", "delimiter", ";", "encoding", "UTF-8", "dateFormat", "dd.MM.yyyy",
            "decimalSeparator", ",", "headerRows", 0, "columns", Map.of("bookingDate", "Tag", "amount", "Summe", "counterparty", "Wer"));
        String id = treasurer.api().body(mine).post(books(book, "/import-profiles")).then().statusCode(201).extract().path("id");
        treasurer.api().body(mine).post(books(book, "/import-profiles")).then().statusCode(409);
        treasurer.api().body(Map.of("name", "x", "delimiter", ";;")).post(books(book, "/import-profiles")).then().statusCode(400);
        member.api().get(books(book, "/import-profiles")).then().statusCode(403);
        treasurer.api().get(books(book, "/import-profiles")).then().statusCode(200).body("name", hasItem("Hausbank"));
        upload(treasurer, book, bank, utf8("Tag;Summe;Wer\n03.01.2026;-12,00;Post\n03.01.2026;-12,00;Post\n"), id)
            .statusCode(201).body("format", equalTo("CSV")).body("lines", equalTo(2)).body("openingBalance", equalTo(null));
    }

    @Test
    void rulesAreTestedBeforeSavingAndAppliedOnDemand() {
        upload(treasurer, book, bank, copies(), null).statusCode(201);
        Map<String, Object> draft = Map.of("name", "Kopien", "priority", 5,
            "conditions", List.of(condition("purpose", "regex", "^kop"), condition("amount", "between", "-30.00..-20.00")),
            "actions", Map.of("categoryId", office.toString(), "description", "Kopien für die Sitzung"));
        treasurer.api().body(draft).post(books(book, "/rules/test")).then().statusCode(200).body("$", hasSize(1));
        assertEquals(null, lines(treasurer, book, "NEW").get(0).get("ruleApplied"), "testing changes nothing");
        String rule = treasurer.api().body(draft).post(books(book, "/rules")).then().statusCode(201).extract().path("id");
        treasurer.api().post(books(book, "/rules/" + rule + "/test")).then().statusCode(200).body("$", hasSize(1));
        treasurer.api().post(books(book, "/rules/apply")).then().statusCode(200).body("$", hasSize(1));
        Map<String, Object> line = lines(treasurer, book, "NEW").get(0);
        assertEquals(rule, line.get("ruleApplied"));
        assertEquals(office.toString(), line.get("categoryId"));
        treasurer.api().body(Map.of("name", "bad", "conditions", List.of(condition("purpose", "regex", "(a")),
            "actions", Map.of("tags", List.of("x")))).post(books(book, "/rules")).then().statusCode(400)
            .body("errors.field", hasItem("conditions[0].value"));
        treasurer.api().body(Map.of("name", "bad", "conditions", List.of(condition("purpose", "contains", "a")),
            "actions", Map.of("categoryId", UUID.randomUUID().toString()))).post(books(book, "/rules")).then().statusCode(400);
        member.api().body(draft).post(books(book, "/rules")).then().statusCode(403);
        auditor.api().get(books(book, "/rules")).then().statusCode(200).body("$", hasSize(1));
        Map<String, Object> changed = new java.util.HashMap<>(draft);
        changed.put("priority", 1);
        changed.put("version", 0);
        treasurer.api().body(changed).patch(books(book, "/rules/" + rule)).then().statusCode(200).body("version", equalTo(1));
        treasurer.api().body(changed).patch(books(book, "/rules/" + rule)).then().statusCode(409);
        treasurer.api().delete(books(book, "/rules/" + rule)).then().statusCode(204);
        treasurer.api().delete(books(book, "/rules/" + rule)).then().statusCode(404);
        String id = line.get("id").toString();
        treasurer.api().body(Map.of()).post(books(book, "/bank-lines/" + id + "/create")).then().statusCode(200)
            .body("status", equalTo("MATCHED"));
    }

    @Test
    void twoTreasurersAcceptingTwoLinesForOneEntryAtOnce() throws Exception {
        Actor second = Actors.member(book, BookRole.TREASURER);
        byte[] two = statement(LedgerFixtures.IBAN, List.of(Camt.of("25.00", "DBIT", "2026-01-10", "K1", "Kopierladen", "Kopien"),
            Camt.of("25.00", "DBIT", "2026-01-12", "K2", "Kopierladen", "Kopien")), "50.00");
        upload(treasurer, book, bank, two, null).statusCode(201).body("lines", equalTo(2)).body("matched", equalTo(0));
        Map<String, Object> entry = LedgerFixtures.tx("EXPENSE", "25.00", "2026-01-11", bank, office);
        entry.put("status", "BOOKED");
        entry.put("counterparty", "Kopierladen");
        String tx = treasurer.api().body(entry).post(books(book, "/transactions")).then().statusCode(201).extract().path("id");
        List<Map<String, Object>> open = lines(treasurer, book, "NEW");
        assertEquals(tx, ((List<Map<String, Object>>) open.get(0).get("suggestions")).get(0).get("transactionId"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> accepts = new ArrayList<>();
            accepts.add(() -> treasurer.api().body(Map.of("transactionId", tx))
                .post(books(book, "/bank-lines/" + open.get(0).get("id") + "/match")).then().extract().statusCode());
            accepts.add(() -> second.api().body(Map.of("transactionId", tx))
                .post(books(book, "/bank-lines/" + open.get(1).get("id") + "/match")).then().extract().statusCode());
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(accepts)) {
                codes.add(f.get());
            }
            codes.sort(null);
            assertEquals(List.of(200, 409), codes, "one line wins the entry, the other is told");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, lines(treasurer, book, "MATCHED").size());
        assertEquals(1, lines(treasurer, book, "NEW").size());
        // the remaining line cannot take the entry either, nor an entry of another amount
        String rest = lines(treasurer, book, "NEW").get(0).get("id").toString();
        treasurer.api().body(Map.of("transactionId", tx)).post(books(book, "/bank-lines/" + rest + "/match")).then().statusCode(409);
        treasurer.api().body(Map.of("transactionId", UUID.randomUUID().toString()))
            .post(books(book, "/bank-lines/" + rest + "/match")).then().statusCode(404);
        treasurer.api().body(Map.of()).post(books(book, "/bank-lines/" + rest + "/match")).then().statusCode(400);
    }
}
