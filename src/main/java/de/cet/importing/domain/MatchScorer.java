package de.cet.importing.domain;

import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Scores ledger entries as the match of a bank line. Only an entry with the same effect on the account
 * (signed: an expense −, an income +) and dated within {@link #WINDOW_DAYS} days is a candidate; among
 * those the score (0 to 1) adds 0.5 for the amount, up to 0.25 for a near date, up to 0.15 for a similar
 * counterparty and 0.10 when the entry's reference or description appears in the line's purpose.
 */
public final class MatchScorer {

    public static final int WINDOW_DAYS = 30;

    /** An entry not yet linked to a line, as the match sees it. */
    public record Candidate(UUID transactionId, LocalDate date, Money effect, String counterparty, String description,
                            String reference) {}

    public record Suggestion(UUID transactionId, BigDecimal score) {}

    private MatchScorer() {}

    public static List<Suggestion> suggest(LocalDate bookingDate, Money amount, String counterparty, String purpose,
                                           List<Candidate> candidates, int max) {
        return candidates.stream()
            .filter(c -> c.effect().equals(amount))
            .filter(c -> Math.abs(ChronoUnit.DAYS.between(c.date(), bookingDate)) <= WINDOW_DAYS)
            .map(c -> new Suggestion(c.transactionId(), score(bookingDate, counterparty, purpose, c)))
            .sorted(Comparator.comparing(Suggestion::score).reversed().thenComparing(s -> s.transactionId().toString()))
            .limit(max)
            .toList();
    }

    static BigDecimal score(LocalDate bookingDate, String counterparty, String purpose, Candidate c) {
        long days = Math.abs(ChronoUnit.DAYS.between(c.date(), bookingDate));
        double s = 0.5 + 0.25 * (1 - (double) days / WINDOW_DAYS) + 0.15 * Similarity.of(counterparty, c.counterparty());
        if (purpose != null && (contained(c.reference(), purpose) || contained(c.description(), purpose))) {
            s += 0.10;
        }
        return BigDecimal.valueOf(Math.min(1.0, s)).setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean contained(String needle, String purpose) {
        return needle != null && needle.strip().length() >= 3
            && purpose.toLowerCase(Locale.ROOT).contains(needle.strip().toLowerCase(Locale.ROOT));
    }
}
