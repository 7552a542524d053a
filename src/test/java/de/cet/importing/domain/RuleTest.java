package de.cet.importing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Conditions with equals, contains, starts with, RE2 regex and between; rules by priority. */
class RuleTest {

    static final UUID ACCOUNT = UUID.randomUUID();
    static final LineFacts RENT = new LineFacts(ACCOUNT, Money.of("-450.00"), "Büro Vermietung GmbH",
        "DE02120300000000202051", "Miete Januar 2026");

    static Condition c(RuleField f, RuleOp op, String v) {
        return new Condition(f, op, v, "conditions[0]");
    }

    static Rule rule(String name, int priority, Condition... cs) {
        return new Rule(UUID.randomUUID(), UUID.randomUUID(), name, priority, List.of(cs),
            new RuleActions(UUID.randomUUID(), List.of("auto"), null, null), 0);
    }

    @Test
    void textOperationsIgnoreCase() {
        assertTrue(c(RuleField.COUNTERPARTY, RuleOp.EQUALS, "büro vermietung gmbh").test(RENT));
        assertTrue(c(RuleField.COUNTERPARTY, RuleOp.STARTS_WITH, "BÜRO").test(RENT));
        assertFalse(c(RuleField.COUNTERPARTY, RuleOp.STARTS_WITH, "Vermietung").test(RENT));
        assertTrue(c(RuleField.PURPOSE, RuleOp.CONTAINS, "januar").test(RENT));
        assertTrue(c(RuleField.PURPOSE, RuleOp.REGEX, "^Miete (Januar|Februar) \\d{4}$").test(RENT));
        assertFalse(c(RuleField.PURPOSE, RuleOp.REGEX, "^Januar").test(RENT));
        assertTrue(c(RuleField.IBAN, RuleOp.EQUALS, "DE02 1203 0000 0000 2020 51").test(RENT));
        assertFalse(c(RuleField.IBAN, RuleOp.EQUALS, "DE02").test(new LineFacts(ACCOUNT, Money.ZERO, null, null, null)));
    }

    @Test
    void amountAndAccount() {
        assertTrue(c(RuleField.AMOUNT, RuleOp.BETWEEN, "-500.00..-400").test(RENT));
        assertFalse(c(RuleField.AMOUNT, RuleOp.BETWEEN, "400..500").test(RENT));
        assertTrue(c(RuleField.AMOUNT, RuleOp.EQUALS, "-450").test(RENT));
        assertTrue(c(RuleField.ACCOUNT_ID, RuleOp.EQUALS, ACCOUNT.toString()).test(RENT));
        assertFalse(c(RuleField.ACCOUNT_ID, RuleOp.EQUALS, UUID.randomUUID().toString()).test(RENT));
    }

    @Test
    void badConditionsAreRefusedWithTheirField() {
        assertEquals("conditions[0].value", assertThrows(InvalidInputException.class,
            () -> c(RuleField.PURPOSE, RuleOp.REGEX, "(unclosed")).errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> c(RuleField.PURPOSE, RuleOp.REGEX, "(a)\\1"), "no backreferences in RE2");
        assertThrows(InvalidInputException.class, () -> c(RuleField.AMOUNT, RuleOp.BETWEEN, "1"));
        assertThrows(InvalidInputException.class, () -> c(RuleField.AMOUNT, RuleOp.BETWEEN, "5..1"));
        assertThrows(InvalidInputException.class, () -> c(RuleField.AMOUNT, RuleOp.BETWEEN, "a..b"));
        assertThrows(InvalidInputException.class, () -> c(RuleField.AMOUNT, RuleOp.BETWEEN, "1.001..2"));
        assertThrows(InvalidInputException.class, () -> c(RuleField.AMOUNT, RuleOp.CONTAINS, "1"));
        assertThrows(InvalidInputException.class, () -> c(RuleField.ACCOUNT_ID, RuleOp.CONTAINS, "x"));
        assertThrows(InvalidInputException.class, () -> c(RuleField.ACCOUNT_ID, RuleOp.EQUALS, "not-a-uuid"));
        assertThrows(InvalidInputException.class, () -> c(RuleField.PURPOSE, RuleOp.BETWEEN, "1..2"));
        assertThrows(InvalidInputException.class, () -> c(RuleField.PURPOSE, RuleOp.EQUALS, " "));
        assertThrows(InvalidInputException.class, () -> c(RuleField.PURPOSE, RuleOp.EQUALS, null));
        assertThrows(InvalidInputException.class, () -> c(RuleField.PURPOSE, RuleOp.EQUALS, "x".repeat(501)));
        assertThrows(InvalidInputException.class, () -> c(null, RuleOp.EQUALS, "x"));
        assertThrows(InvalidInputException.class, () -> c(RuleField.PURPOSE, null, "x"));
        assertThrows(InvalidInputException.class, () -> RuleField.parse("name", "f"));
        assertThrows(InvalidInputException.class, () -> RuleOp.parse("like", "o"));
        assertEquals(RuleField.ACCOUNT_ID, RuleField.parse("accountId", "f"));
        assertEquals(RuleOp.STARTS_WITH, RuleOp.parse("startsWith", "o"));
    }

    @Test
    void aCatastrophicPatternRunsInLinearTime() {
        Condition evil = c(RuleField.PURPOSE, RuleOp.REGEX, "^(a+)+$");
        LineFacts attack = new LineFacts(ACCOUNT, Money.ZERO, null, null, "a".repeat(50_000) + "!");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertFalse(evil.test(attack)));
    }

    @Test
    void theFirstRuleByPriorityWhoseConditionsAllHold() {
        Rule broad = rule("Miete (Zweck)", 20, c(RuleField.PURPOSE, RuleOp.CONTAINS, "Miete"));
        Rule exact = rule("Miete (Vermieter)", 10, c(RuleField.COUNTERPARTY, RuleOp.REGEX, "^B(ü|ue)ro Vermietung"),
            c(RuleField.AMOUNT, RuleOp.BETWEEN, "-500..0"));
        Rule never = rule("Nie", 1, c(RuleField.PURPOSE, RuleOp.CONTAINS, "Miete"), c(RuleField.AMOUNT, RuleOp.EQUALS, "1"));
        assertEquals(exact, Rule.first(List.of(broad, never, exact), RENT).orElseThrow());
        assertTrue(Rule.first(List.of(never), RENT).isEmpty());
        Rule a = rule("A", 5, c(RuleField.PURPOSE, RuleOp.CONTAINS, "Miete"));
        Rule b = rule("B", 5, c(RuleField.PURPOSE, RuleOp.CONTAINS, "Miete"));
        assertEquals(a, Rule.first(List.of(b, a), RENT).orElseThrow(), "same priority: by name");
    }

    @Test
    void aRuleIsValidated() {
        Condition ok = c(RuleField.PURPOSE, RuleOp.CONTAINS, "x");
        RuleActions act = new RuleActions(null, List.of("t"), null, null);
        assertThrows(InvalidInputException.class, () -> new Rule(UUID.randomUUID(), UUID.randomUUID(), " ", 1, List.of(ok), act, 0));
        assertThrows(InvalidInputException.class, () -> new Rule(UUID.randomUUID(), UUID.randomUUID(), null, 1, List.of(ok), act, 0));
        assertThrows(InvalidInputException.class, () -> new Rule(UUID.randomUUID(), UUID.randomUUID(), "x".repeat(101), 1, List.of(ok), act, 0));
        assertThrows(InvalidInputException.class, () -> new Rule(UUID.randomUUID(), UUID.randomUUID(), "n", -1, List.of(ok), act, 0));
        assertThrows(InvalidInputException.class, () -> new Rule(UUID.randomUUID(), UUID.randomUUID(), "n", 100_001, List.of(ok), act, 0));
        assertThrows(InvalidInputException.class, () -> new Rule(UUID.randomUUID(), UUID.randomUUID(), "n", 1, List.of(), act, 0));
        assertThrows(InvalidInputException.class, () -> new Rule(UUID.randomUUID(), UUID.randomUUID(), "n", 1, null, act, 0));
        assertThrows(InvalidInputException.class, () -> new Rule(UUID.randomUUID(), UUID.randomUUID(), "n", 1,
            java.util.Collections.nCopies(21, ok), act, 0));
        Rule r = new Rule(UUID.randomUUID(), UUID.randomUUID(), " n ", 1, List.of(ok), act, 0);
        assertEquals("n", r.name());
        assertEquals(RuleOp.CONTAINS, r.conditions().get(0).op());
        assertEquals(RuleField.PURPOSE, r.conditions().get(0).field());
        assertEquals("x", r.conditions().get(0).value());
        assertEquals("regex", RuleOp.REGEX.json());
    }
}
