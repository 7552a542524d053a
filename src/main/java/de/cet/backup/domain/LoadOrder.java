package de.cet.backup.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order in which tables are loaded so that every foreign key points at rows already there:
 * referenced tables first (a topological sort, ties broken by name so archives are reproducible).
 * A table referencing itself is fine (its rows are written in the order they were read); a cycle between
 * tables is refused, since neither side could be loaded first.
 */
public final class LoadOrder {

    private LoadOrder() {}

    /** @param references table → the tables it references by foreign key */
    public static List<String> of(Set<String> tables, Map<String, Set<String>> references) {
        Map<String, Set<String>> pending = new TreeMap<>();
        for (String table : tables) {
            Set<String> deps = new TreeSet<>(references.getOrDefault(table, Set.of()));
            deps.remove(table);
            deps.retainAll(tables);
            pending.put(table, deps);
        }
        List<String> order = new ArrayList<>();
        while (!pending.isEmpty()) {
            String next = pending.entrySet().stream()
                .filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                    "Foreign keys form a cycle between " + pending.keySet() + "; no table can be loaded first"));
            order.add(next);
            pending.remove(next);
            pending.values().forEach(deps -> deps.remove(next));
        }
        return order;
    }
}
