package de.cet.importing.domain;

import de.cet.importing.domain.LineKeys.Keyed;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides, for each line of a new file, whether the account already has it. First exactly: the same key
 * and occurrence (the bank's reference, or the same content the same number of times). Then fuzzily: a
 * line already in the inbox with the same amount, a booking date at most {@link #WINDOW_DAYS} days away
 * and a similar counterparty (or purpose, when a side has no counterparty) — such a line is kept, marked
 * {@link LineStatus#DUPLICATE_SUSPECTED}, and the treasurer is asked. Lines of the same file are never
 * compared with each other fuzzily: the bank listed them separately.
 */
public final class DuplicateCheck {

    public static final int WINDOW_DAYS = 3;
    public static final double NAME_THRESHOLD = 0.88;

    /** A line already in the account's inbox. */
    public record Existing(UUID id, String key, int occurrence, LocalDate bookingDate, Money amount,
                           String counterparty, String purpose) {}

    public enum Kind { NEW, EXACT, SUSPECTED }

    public record Verdict(Kind kind, UUID duplicateOf) {}

    private DuplicateCheck() {}

    /** One verdict per incoming line, in order. */
    public static List<Verdict> check(List<Keyed> incoming, List<Existing> existing) {
        Map<String, Existing> byKey = new java.util.HashMap<>();
        Set<String> keys = new HashSet<>();
        Map<Money, List<Existing>> byAmount = new java.util.HashMap<>();
        for (Existing e : existing) {
            byKey.put(e.key() + "#" + e.occurrence(), e);
            keys.add(e.key());
            byAmount.computeIfAbsent(e.amount(), a -> new ArrayList<>()).add(e);
        }
        Set<UUID> taken = new HashSet<>();
        List<Verdict> out = new ArrayList<>(incoming.size());
        for (Keyed k : incoming) {
            Existing same = byKey.get(k.key() + "#" + k.occurrence());
            if (same != null) {
                out.add(new Verdict(Kind.EXACT, same.id()));
                continue;
            }
            Existing like = null;
            if (!keys.contains(k.key())) {
                for (Existing e : byAmount.getOrDefault(k.entry().amount(), List.of())) {
                    if (!taken.contains(e.id()) && alike(k, e)) {
                        like = e;
                        break;
                    }
                }
            }
            if (like == null) {
                out.add(new Verdict(Kind.NEW, null));
            } else {
                taken.add(like.id());
                out.add(new Verdict(Kind.SUSPECTED, like.id()));
            }
        }
        return out;
    }

    static boolean alike(Keyed k, Existing e) {
        if (!k.entry().amount().equals(e.amount())
                || Math.abs(ChronoUnit.DAYS.between(k.entry().bookingDate(), e.bookingDate())) > WINDOW_DAYS) {
            return false;
        }
        String a = k.entry().counterparty();
        String b = e.counterparty();
        if (a == null || b == null) {
            a = k.entry().purpose();
            b = e.purpose();
        }
        if (a == null && b == null) {
            return true;
        }
        return Similarity.of(a, b) >= NAME_THRESHOLD;
    }
}
