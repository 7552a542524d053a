package de.cet.backup.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order in which the tables of an archive are written: referenced tables first where the foreign
 * keys allow it (a topological sort, ties broken by name, so archives are reproducible and read like
 * the schema). Correctness does not depend on it: the restore checks foreign keys once, at commit
 * (docs/backup-format.md). So a table referencing itself is fine, and tables whose keys form a cycle
 * are ordered too: when no table is free of pending references, the one with the fewest goes next (by
 * name among equals) and the sort goes on.
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
            // TreeMap iteration is by name, and min() keeps the first of equals: ties go by name.
            String next = pending.entrySet().stream()
                .min(Comparator.comparingInt(e -> e.getValue().size()))
                .map(Map.Entry::getKey).orElseThrow();
            order.add(next);
            pending.remove(next);
            pending.values().forEach(deps -> deps.remove(next));
        }
        return order;
    }
}
