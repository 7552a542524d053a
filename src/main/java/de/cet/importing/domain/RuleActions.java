package de.cet.importing.domain;

import de.cet.shared.error.InvalidInputException;
import java.util.List;
import java.util.UUID;

/** What a rule sets on the lines it touches: the entry-to-be's category, tags, counterparty name, description. */
public record RuleActions(UUID categoryId, List<String> tags, String counterparty, String description) {
    public RuleActions {
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        counterparty = blankToNull(counterparty);
        description = blankToNull(description);
        if (tags.stream().anyMatch(t -> t.length() > 50) || tags.size() > 20) {
            throw new InvalidInputException("actions.tags", "at most 20 tags of at most 50 characters");
        }
        if (counterparty != null && counterparty.length() > 200) {
            throw new InvalidInputException("actions.counterparty", "at most 200 characters");
        }
        if (description != null && description.length() > 2000) {
            throw new InvalidInputException("actions.description", "at most 2000 characters");
        }
        if (categoryId == null && tags.isEmpty() && counterparty == null && description == null) {
            throw new InvalidInputException("actions", "must set at least one of categoryId, tags, counterparty, description");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
