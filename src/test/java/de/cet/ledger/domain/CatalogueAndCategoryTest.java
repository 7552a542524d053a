package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.account.Fund;
import de.cet.ledger.domain.catalogue.BookKindDefaults;
import de.cet.ledger.domain.catalogue.BookKindDefaults.CategoryTemplate;
import de.cet.ledger.domain.catalogue.CategoryKind;
import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.ledger.domain.catalogue.OfficialCategory;
import de.cet.ledger.domain.category.Category;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogueAndCategoryTest {

    private final OfficialCatalogue catalogue = OfficialCatalogue.current();
    private final LedgerFixture f = new LedgerFixture();

    @Test
    void catalogueHoldsExactlyTheOfficialCodes() {
        assertEquals("2026.1", catalogue.version());
        assertEquals(List.of("IN-100", "IN-110", "IN-120", "IN-130", "IN-140", "IN-150", "IN-200", "IN-300", "IN-400",
            "IN-900", "EX-100", "EX-110", "EX-120", "EX-130", "EX-200", "EX-300", "EX-310", "EX-320", "EX-330", "EX-340",
            "EX-400", "EX-410", "EX-500", "EX-510", "EX-520", "EX-600", "EX-610", "EX-700", "EX-800", "EX-900"),
            catalogue.items().stream().map(OfficialCategory::code).toList());
    }

    @Test
    void lookupByCodeGivesNamesKindAndFlags() {
        OfficialCategory hospitality = catalogue.find("EX-520").orElseThrow();
        assertEquals("Bewirtung und Erfrischungen", hospitality.nameDe());
        assertEquals("Hospitality", hospitality.nameEn());
        assertEquals(CategoryKind.EXPENSE, hospitality.kind());
        assertTrue(hospitality.review());
        assertFalse(hospitality.justify());
        assertTrue(catalogue.require("IN-900").justify());
        assertEquals(List.of("EX-400", "EX-510", "EX-520", "EX-800", "IN-400"), catalogue.items().stream()
            .filter(OfficialCategory::review).map(OfficialCategory::code).sorted().toList());
        assertEquals(Optional.empty(), catalogue.find("EX-999"));
        assertThrows(InvalidInputException.class, () -> catalogue.require("EX-999"));
    }

    @Test
    void grantsImplyPublicFundsAndContributionsOwnFunds() {
        assertEquals(Optional.of(Fund.PUBLIC), catalogue.require("IN-120").impliedFund());
        assertEquals(Optional.of(Fund.OWN), catalogue.require("IN-400").impliedFund());
        assertEquals(Optional.empty(), catalogue.require("EX-300").impliedFund());
    }

    @Test
    void officialCodePrefixMustMatchItsKind() {
        assertThrows(IllegalArgumentException.class,
            () -> new OfficialCategory("IN-100", "x", "x", CategoryKind.EXPENSE, java.util.Set.of()));
    }

    @Test
    void caucusStartsWithOneCategoryPerOfficialCategory() {
        List<CategoryTemplate> defaults = BookKindDefaults.forBookKind("CAUCUS").categories(catalogue);
        assertEquals(catalogue.items().size(), defaults.size());
        assertEquals("Zuwendungen der Kommune", defaults.get(0).name());
        defaults.forEach(t -> Category.create(UUID.randomUUID(), f.bookId, t.name(), t.kind(), t.officialCode(),
            t.color(), t.emoji(), catalogue));
    }

    @Test
    void householdAndGroupStartWithAFewEverydayCategories() {
        assertEquals(List.of("Groceries", "Rent", "Utilities", "Transport", "Leisure", "Health", "Other"),
            BookKindDefaults.HOUSEHOLD.categories(catalogue).stream().map(CategoryTemplate::name).toList());
        assertEquals(List.of("Food", "Travel", "Accommodation", "Other"),
            BookKindDefaults.forBookKind("group").categories(catalogue).stream().map(CategoryTemplate::name).toList());
        assertThrows(InvalidInputException.class, () -> BookKindDefaults.forBookKind("CLUB"));
    }

    @Test
    void categoryMustMapToAnExistingOfficialCodeOfTheSameKind() {
        assertThrows(InvalidInputException.class, () -> f.category("Spenden", CategoryKind.INCOME, "EX-300"));
        assertThrows(InvalidInputException.class, () -> f.category("Spenden", CategoryKind.INCOME, "IN-999"));
        assertThrows(InvalidInputException.class, () -> f.office.remap("IN-100", catalogue));
        f.office.remap("EX-320", catalogue);
        assertEquals("EX-320", f.office.officialCode());
    }

    @Test
    void colourIsHexAndEmojiIsShort() {
        assertThrows(InvalidInputException.class, () -> Category.create(UUID.randomUUID(), f.bookId, "x",
            CategoryKind.EXPENSE, "EX-300", "red", null, catalogue));
        assertThrows(InvalidInputException.class, () -> f.office.restyle("#12345", "🧾"));
        assertThrows(InvalidInputException.class, () -> f.office.restyle("#123456", "this is not an emoji at all"));
        f.office.restyle("#abcdef", null);
        assertEquals("#ABCDEF", f.office.color());
        assertNull(f.office.emoji());
    }

    @Test
    void parentChainHasNoCycleAndStaysInTheBookAndKind() {
        Category a = f.category("A", CategoryKind.EXPENSE, "EX-300");
        Category b = f.category("B", CategoryKind.EXPENSE, "EX-300");
        Category c = f.category("C", CategoryKind.EXPENSE, "EX-300");
        Map<UUID, Category> book = new HashMap<>();
        for (Category x : List.of(a, b, c, f.grants)) {
            book.put(x.id(), x);
        }
        b.moveUnder(a.id(), book);
        c.moveUnder(b.id(), book);
        assertThrows(InvalidInputException.class, () -> a.moveUnder(c.id(), book));
        assertThrows(InvalidInputException.class, () -> a.moveUnder(a.id(), book));
        assertThrows(InvalidInputException.class, () -> a.moveUnder(f.grants.id(), book));
        assertThrows(InvalidInputException.class, () -> a.moveUnder(UUID.randomUUID(), book));
        c.moveUnder(null, book);
        assertNull(c.parentId());
    }

    @Test
    void categoryWithTransactionsIsArchivedNotDeleted() {
        ConflictException e = assertThrows(ConflictException.class, () -> f.office.requireDeletable(3, 0));
        assertEquals("category-in-use", e.type());
        f.office.archive();
        assertTrue(f.office.archived());
        f.hospitality.requireDeletable(0, 0);
    }
}
