package de.cet.ledger.domain.catalogue;

import de.cet.shared.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The categories a new book starts with, per book kind. The book kind itself belongs to the books
 * context; the ledger only needs its name ({@code CAUCUS}, {@code HOUSEHOLD}, {@code GROUP}), so it does
 * not depend on that context's enum.
 */
public enum BookKindDefaults {
    /** One category per official category, named in German (caucuses report to German town halls). */
    CAUCUS,
    /** Everyday household spending, each mapped to the nearest official code. */
    HOUSEHOLD,
    /** Trips and shared activities. */
    GROUP;

    /** A category to be created in a new book. */
    public record CategoryTemplate(String name, CategoryKind kind, String officialCode, String color, String emoji) {}

    public static BookKindDefaults forBookKind(String bookKind) {
        try {
            return valueOf(bookKind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("kind", "must be one of CAUCUS, HOUSEHOLD, GROUP");
        }
    }

    public List<CategoryTemplate> categories(OfficialCatalogue catalogue) {
        List<CategoryTemplate> templates = switch (this) {
            case CAUCUS -> caucus(catalogue);
            case HOUSEHOLD -> List.of(
                expense("Groceries", "EX-520", "#4CAF50", "🛒"),
                expense("Rent", "EX-200", "#795548", "🏠"),
                expense("Utilities", "EX-200", "#FFC107", "💡"),
                expense("Transport", "EX-510", "#2196F3", "🚌"),
                expense("Leisure", "EX-410", "#9C27B0", "🎉"),
                expense("Health", "EX-600", "#F44336", "🩺"),
                expense("Other", "EX-900", "#9E9E9E", "📦"));
            case GROUP -> List.of(
                expense("Food", "EX-520", "#4CAF50", "🍽"),
                expense("Travel", "EX-510", "#2196F3", "🚆"),
                expense("Accommodation", "EX-510", "#3F51B5", "🛏"),
                expense("Other", "EX-900", "#9E9E9E", "📦"));
        };
        templates.forEach(t -> catalogue.require(t.officialCode()));
        return templates;
    }

    private static List<CategoryTemplate> caucus(OfficialCatalogue catalogue) {
        List<CategoryTemplate> list = new ArrayList<>();
        for (OfficialCategory official : catalogue.items()) {
            String color = official.kind() == CategoryKind.INCOME ? "#2E7D32" : "#C62828";
            String emoji = official.kind() == CategoryKind.INCOME ? "💶" : "🧾";
            list.add(new CategoryTemplate(official.nameDe(), official.kind(), official.code(), color, emoji));
        }
        return List.copyOf(list);
    }

    private static CategoryTemplate expense(String name, String code, String color, String emoji) {
        return new CategoryTemplate(name, CategoryKind.EXPENSE, code, color, emoji);
    }
}
