package de.cet.importing.domain;

import de.cet.shared.error.InvalidInputException;
import java.util.Arrays;

/** What a rule condition looks at; {@link #json} is the API's spelling. */
public enum RuleField {
    COUNTERPARTY("counterparty"), PURPOSE("purpose"), AMOUNT("amount"), IBAN("iban"), ACCOUNT_ID("accountId");

    private final String json;

    RuleField(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static RuleField parse(String s, String field) {
        return Arrays.stream(values()).filter(v -> v.json.equals(s)).findFirst()
            .orElseThrow(() -> new InvalidInputException(field, "must be one of counterparty, purpose, amount, iban, accountId"));
    }
}
