package de.cet.importing.domain;

import de.cet.shared.error.InvalidInputException;
import java.util.Arrays;

/** How a rule condition compares; {@link #json} is the API's spelling. */
public enum RuleOp {
    EQUALS("equals"), CONTAINS("contains"), STARTS_WITH("startsWith"), REGEX("regex"), BETWEEN("between");

    private final String json;

    RuleOp(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static RuleOp parse(String s, String field) {
        return Arrays.stream(values()).filter(v -> v.json.equals(s)).findFirst()
            .orElseThrow(() -> new InvalidInputException(field, "must be one of equals, contains, startsWith, regex, between"));
    }
}
