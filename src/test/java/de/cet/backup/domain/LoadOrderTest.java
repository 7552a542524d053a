package de.cet.backup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadOrderTest {

    @Test
    void referencedTablesAreLoadedBeforeTheTablesReferencingThem() {
        List<String> order = LoadOrder.of(Set.of("ledger_transaction", "book", "app_user", "receipt"), Map.of(
            "ledger_transaction", Set.of("book", "app_user"),
            "receipt", Set.of("ledger_transaction"),
            "book", Set.of("app_user")));
        assertEquals(List.of("app_user", "book", "ledger_transaction", "receipt"), order);
    }

    @Test
    void independentTablesAreOrderedByNameSoArchivesAreReproducible() {
        assertEquals(List.of("a", "b", "c"), LoadOrder.of(Set.of("c", "a", "b"), Map.of()));
    }

    @Test
    void aTableReferencingItselfIsAllowed() {
        List<String> order = LoadOrder.of(Set.of("category", "book"), Map.of("category", Set.of("category", "book")));
        assertEquals(List.of("book", "category"), order);
    }

    @Test
    void referencesToTablesOutsideTheSchemaAreIgnored() {
        assertEquals(List.of("a"), LoadOrder.of(Set.of("a"), Map.of("a", Set.of("elsewhere"))));
    }

    @Test
    void tablesInACycleAreOrderedTooAfterWhatTheyReferenceOutsideIt() {
        // member -> account -> member: neither can come first; both still come after book, before receipt
        List<String> order = LoadOrder.of(Set.of("receipt", "member", "account", "book"), Map.of(
            "member", Set.of("account", "book"),
            "account", Set.of("member", "book"),
            "receipt", Set.of("account")));
        assertEquals(List.of("book", "account", "member", "receipt"), order);
    }

    @Test
    void aCycleIsOrderedTheSameWayEveryTime() {
        Map<String, Set<String>> ring = Map.of("a", Set.of("c"), "b", Set.of("a"), "c", Set.of("b"));
        assertEquals(List.of("a", "b", "c"), LoadOrder.of(Set.of("c", "b", "a"), ring));
        assertEquals(LoadOrder.of(Set.of("a", "b", "c"), ring), LoadOrder.of(Set.of("c", "a", "b"), ring));
    }
}
