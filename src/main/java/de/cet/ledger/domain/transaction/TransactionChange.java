package de.cet.ledger.domain.transaction;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a transaction's history ({@code GET .../history}): who did what when, with the entry's
 * snapshot before and after (empty before on creation). Snapshot values are strings, lists of strings or
 * null, so they serialise to JSON as they are.
 */
public record TransactionChange(UUID actor, Instant at, ChangeAction action,
                                Map<String, Object> before, Map<String, Object> after) {

    public TransactionChange {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }

    /** The fields whose value differs between before and after. */
    public java.util.Set<String> changedFields() {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeIf(k -> Objects.equals(before.get(k), after.get(k)));
        return keys;
    }
}
