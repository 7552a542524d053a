package de.cet.reporting.model;

import de.cet.shared.money.Money;
import java.util.Objects;

/** One official category's sum in a transparency report; the name is in the report's language. */
public record CategoryAmount(String officialCode, String name, Money amount) {

    public CategoryAmount {
        Objects.requireNonNull(officialCode, "officialCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
    }

    /** Names the category from the catalogue in the given language. */
    public static CategoryAmount of(String officialCode, Money amount, ReportLanguage language) {
        return new CategoryAmount(officialCode, OfficialCategories.name(officialCode, language), amount);
    }
}
