package de.cet.importing.domain;

import de.cet.shared.error.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A categorisation rule: all its conditions must hold; the rules of a book are tried by ascending
 * priority (then name), and the first that holds applies its actions.
 */
public record Rule(UUID id, UUID bookId, String name, int priority, List<Condition> conditions, RuleActions actions,
                   long version) {

    public static final Comparator<Rule> ORDER = Comparator.comparingInt(Rule::priority).thenComparing(Rule::name)
        .thenComparing(r -> r.id().toString());

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bookId, "bookId");
        name = name == null ? null : name.strip();
        if (name == null || name.isEmpty() || name.length() > 100) {
            throw new InvalidInputException("name", "is required, at most 100 characters");
        }
        if (priority < 0 || priority > 100_000) {
            throw new InvalidInputException("priority", "must be between 0 and 100000");
        }
        if (conditions == null || conditions.isEmpty() || conditions.size() > 20) {
            throw new InvalidInputException("conditions", "must hold 1 to 20 conditions");
        }
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(actions, "actions");
    }

    public boolean matches(LineFacts line) {
        return conditions.stream().allMatch(c -> c.test(line));
    }

    /** The first rule by priority that holds for the line. */
    public static Optional<Rule> first(List<Rule> rules, LineFacts line) {
        return rules.stream().sorted(ORDER).filter(r -> r.matches(line)).findFirst();
    }
}
