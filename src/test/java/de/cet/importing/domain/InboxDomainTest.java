package de.cet.importing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.importing.domain.format.StatementEntry;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Line identity, the duplicate check, the match score and reconciliation. */
class InboxDomainTest {

    static final LocalDate D = LocalDate.of(2026, 9, 15);

    static StatementEntry entry(String amount, LocalDate date, String name, String ref) {
        return new StatementEntry(date, null, Money.of(amount), name, null, "Kopien", ref, false, false);
    }

    @Test
    void identicalLinesInOneFileAreCountedNotMerged() {
        List<LineKeys.Keyed> k = LineKeys.keyed(List.of(entry("-25.00", D, "Kopierladen", null),
            entry("-25.00", D, "Kopierladen", null), entry("-25.00", D, "Kopierladen", "R1")));
        assertEquals(k.get(0).key(), k.get(1).key());
        assertEquals(1, k.get(0).occurrence());
        assertEquals(2, k.get(1).occurrence());
        assertEquals("ref:R1", k.get(2).key());
        assertTrue(k.get(0).key().startsWith("sum:"));
    }

    static DuplicateCheck.Existing existing(String key, int occurrence, String amount, LocalDate date, String name) {
        return new DuplicateCheck.Existing(UUID.randomUUID(), key, occurrence, date, Money.of(amount), name, "Kopien");
    }

    @Test
    void theSameFileAgainIsAnExactDuplicateAndANewOccurrenceIsNew() {
        List<LineKeys.Keyed> first = LineKeys.keyed(List.of(entry("-25.00", D, "Kopierladen", null)));
        DuplicateCheck.Existing known = existing(first.get(0).key(), 1, "-25.00", D, "Kopierladen");
        List<LineKeys.Keyed> again = LineKeys.keyed(List.of(entry("-25.00", D, "Kopierladen", null),
            entry("-25.00", D, "Kopierladen", null)));
        List<DuplicateCheck.Verdict> v = DuplicateCheck.check(again, List.of(known));
        assertEquals(DuplicateCheck.Kind.EXACT, v.get(0).kind());
        assertEquals(known.id(), v.get(0).duplicateOf());
        assertEquals(DuplicateCheck.Kind.NEW, v.get(1).kind(), "the bank now lists a second, real payment");
    }

    @Test
    void aSimilarLineFromAnotherExportIsSuspectedOnceAndOnlyOnce() {
        DuplicateCheck.Existing fromCsv = existing("sum:abc", 1, "-25.00", D, "KOPIERLADEN GMBH");
        List<DuplicateCheck.Verdict> v = DuplicateCheck.check(LineKeys.keyed(List.of(
            entry("-25.00", D.plusDays(2), "Kopierladen", "R7"), entry("-25.00", D.plusDays(2), "Kopierladen", "R8"))),
            List.of(fromCsv));
        assertEquals(DuplicateCheck.Kind.SUSPECTED, v.get(0).kind());
        assertEquals(fromCsv.id(), v.get(0).duplicateOf());
        assertEquals(DuplicateCheck.Kind.NEW, v.get(1).kind(), "one existing line is the duplicate of one new line at most");
    }

    @Test
    void notSuspectedWhenAmountDateOrNameDiffer() {
        DuplicateCheck.Existing e = existing("sum:abc", 1, "-25.00", D, "Kopierladen");
        assertEquals(DuplicateCheck.Kind.NEW, DuplicateCheck.check(LineKeys.keyed(List.of(entry("-25.01", D, "Kopierladen", "A"))), List.of(e)).get(0).kind());
        assertEquals(DuplicateCheck.Kind.NEW, DuplicateCheck.check(LineKeys.keyed(List.of(entry("-25.00", D.plusDays(4), "Kopierladen", "A"))), List.of(e)).get(0).kind());
        assertEquals(DuplicateCheck.Kind.NEW, DuplicateCheck.check(LineKeys.keyed(List.of(entry("-25.00", D, "Stadtwerke", "A"))), List.of(e)).get(0).kind());
        // without a counterparty on one side, the purposes are compared
        DuplicateCheck.Existing noName = existing("sum:def", 1, "-25.00", D, null);
        assertEquals(DuplicateCheck.Kind.SUSPECTED, DuplicateCheck.check(LineKeys.keyed(List.of(entry("-25.00", D, "Kopierladen", "A"))), List.of(noName)).get(0).kind());
        StatementEntry bare = new StatementEntry(D, null, Money.of("-25.00"), null, null, null, "B", false, false);
        DuplicateCheck.Existing bareExisting = new DuplicateCheck.Existing(UUID.randomUUID(), "sum:x", 1, D, Money.of("-25.00"), null, null);
        assertEquals(DuplicateCheck.Kind.SUSPECTED, DuplicateCheck.check(LineKeys.keyed(List.of(bare)), List.of(bareExisting)).get(0).kind());
    }

    @Test
    void similarity() {
        assertEquals(1.0, Similarity.of("Druckerei Schmidt GmbH", "DRUCKEREI SCHMIDT"));
        assertEquals(1.0, Similarity.of("Bäckerei Müller", "Baeckerei Mueller"));
        assertEquals(0.0, Similarity.of(null, "x"));
        assertEquals(0.0, Similarity.of("GmbH", "x"));
        assertTrue(Similarity.of("Kopierladen", "Kopier-Laden Süd") > 0.8);
        assertTrue(Similarity.of("Stadtwerke", "Kopierladen") < 0.8);
    }

    @Test
    void matchScoreRanksTheCloserAndTheNamedFirst() {
        UUID near = UUID.randomUUID();
        UUID far = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<MatchScorer.Suggestion> s = MatchScorer.suggest(D, Money.of("-89.90"), "Druckerei Schmidt", "Rechnung 4711",
            List.of(new MatchScorer.Candidate(far, D.minusDays(20), Money.of("-89.90"), "Jemand", null, null),
                new MatchScorer.Candidate(near, D.minusDays(2), Money.of("-89.90"), "Druckerei Schmidt GmbH", "Flyer", "4711"),
                new MatchScorer.Candidate(other, D, Money.of("89.90"), "Druckerei Schmidt", null, null),
                new MatchScorer.Candidate(UUID.randomUUID(), D.minusDays(31), Money.of("-89.90"), null, null, null)), 3);
        assertEquals(2, s.size());
        assertEquals(near, s.get(0).transactionId());
        assertEquals(new BigDecimal("0.98"), s.get(0).score());
        assertEquals(far, s.get(1).transactionId());
        assertTrue(s.get(1).score().compareTo(s.get(0).score()) < 0);
        assertEquals(new BigDecimal("0.90"), MatchScorer.score(D, "A", null,
            new MatchScorer.Candidate(near, D, Money.ZERO, "A", "description", "ab")), "a reference too short to count");
        assertEquals(new BigDecimal("1.00"), MatchScorer.score(D, "A", "x description y",
            new MatchScorer.Candidate(near, D, Money.ZERO, "A", "Description", null)));
    }

    static Reconciliation.StatementBalances statement(String from, String to, String opening, Map<String, String> days) {
        TreeMap<LocalDate, Money> d = new TreeMap<>();
        days.forEach((k, v) -> d.put(LocalDate.parse(k), Money.of(v)));
        return new Reconciliation.StatementBalances(UUID.randomUUID(), LocalDate.parse(from), LocalDate.parse(to),
            opening == null ? null : Money.of(opening), d);
    }

    @Test
    void theStatementBalanceOnAnyDay() {
        List<Reconciliation.StatementBalances> s = List.of(
            statement("2026-01-01", "2026-06-30", "1000.00", Map.of("2026-01-05", "550.00", "2026-03-01", "5550.00")),
            statement("2026-07-01", "2026-12-31", "4890.10", Map.of("2026-12-05", "2140.10")),
            statement("2026-02-01", "2026-02-28", null, Map.of()));
        assertEquals(Money.of("1000.00"), Reconciliation.balanceAt(LocalDate.parse("2026-01-04"), s).orElseThrow());
        assertEquals(Money.of("550.00"), Reconciliation.balanceAt(LocalDate.parse("2026-02-15"), s).orElseThrow());
        assertEquals(Money.of("4890.10"), Reconciliation.balanceAt(LocalDate.parse("2026-07-01"), s).orElseThrow());
        assertEquals(Money.of("2140.10"), Reconciliation.balanceAt(LocalDate.parse("2027-03-01"), s).orElseThrow());
        assertTrue(Reconciliation.balanceAt(LocalDate.parse("2025-12-31"), s).isEmpty());

        Reconciliation r = Reconciliation.of(LocalDate.parse("2026-12-31"), s, Money.of("2140.10"), 0);
        assertTrue(r.reconciled());
        assertEquals(Money.ZERO, r.difference());
        Reconciliation off = Reconciliation.of(LocalDate.parse("2026-12-31"), s, Money.of("2100.00"), 3);
        assertFalse(off.reconciled());
        assertEquals(Money.of("40.10"), off.difference());
        Reconciliation none = Reconciliation.of(LocalDate.parse("2025-01-01"), s, Money.ZERO, 0);
        assertNull(none.difference());
        assertFalse(none.reconciled());
    }

    @Test
    void lineStatus() {
        assertTrue(LineStatus.NEW.isOpen());
        assertTrue(LineStatus.DUPLICATE_SUSPECTED.isOpen());
        assertFalse(LineStatus.MATCHED.isOpen());
        assertFalse(LineStatus.IGNORED.isOpen());
    }

    @Test
    void ruleActionsNeedSomethingToDo() {
        assertThrows(InvalidInputException.class, () -> new RuleActions(null, null, " ", ""));
        assertEquals(List.of("a"), new RuleActions(null, List.of(" a ", "a", ""), null, null).tags());
        assertThrows(InvalidInputException.class, () -> new RuleActions(null, List.of("x".repeat(51)), null, null));
        assertThrows(InvalidInputException.class, () -> new RuleActions(null, null, "x".repeat(201), null));
        assertThrows(InvalidInputException.class, () -> new RuleActions(null, null, null, "x".repeat(2001)));
    }
}
