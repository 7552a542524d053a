package de.cet.ledger.domain.category;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.ledger.domain.catalogue.CategoryKind;
import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creating, renaming, restyling, moving and deleting a book's own categories. */
class CategoryMaintenanceTest {

    private static final OfficialCatalogue CATALOGUE = OfficialCatalogue.current();
    private final UUID book = UUID.randomUUID();

    private Category expense(String name) {
        return Category.create(UUID.randomUUID(), book, name, CategoryKind.EXPENSE, "EX-300", "#112233", "🧾", CATALOGUE);
    }

    private static Map<UUID, Category> byId(Category... categories) {
        Map<UUID, Category> map = new HashMap<>();
        for (Category c : categories) {
            map.put(c.id(), c);
        }
        return map;
    }

    private static String field(InvalidInputException e) {
        return e.errors().get(0).field();
    }

    @Test
    void newCategoryBelongsToItsBookWithTrimmedName() {
        Category c = Category.create(UUID.randomUUID(), book, "  Porto ", CategoryKind.EXPENSE, "EX-300", "#a1b2c3", "",
            CATALOGUE);
        assertEquals(book, c.bookId());
        assertEquals("Porto", c.name());
        assertEquals("#A1B2C3", c.color());
        assertNull(c.emoji(), "an empty emoji means none");
        assertNull(c.parentId());
    }

    @Test
    void kindAndOfficialCodeAreRequired() {
        assertEquals("kind", field(assertThrows(InvalidInputException.class, () -> Category.create(UUID.randomUUID(),
            book, "Porto", null, "EX-300", "#112233", null, CATALOGUE))));
        assertEquals("officialCode", field(assertThrows(InvalidInputException.class, () -> Category.create(
            UUID.randomUUID(), book, "Porto", CategoryKind.EXPENSE, null, "#112233", null, CATALOGUE))));
    }

    @Test
    void renamingKeepsTheNameBetweenOneAndHundredCharacters() {
        Category c = expense("Porto");
        c.rename(" Versand ");
        assertEquals("Versand", c.name());
        assertEquals("name", field(assertThrows(InvalidInputException.class, () -> c.rename(null))));
        assertEquals("name", field(assertThrows(InvalidInputException.class, () -> c.rename(" \t "))));
        assertEquals("name", field(assertThrows(InvalidInputException.class,
            () -> c.rename("x".repeat(Category.MAX_NAME + 1)))));
        assertEquals("Versand", c.name());
    }

    @Test
    void restylingRefusesMissingColourAndEmojiThatAreBlankTooLongOrControlCharacters() {
        Category c = expense("Porto");
        assertEquals("color", field(assertThrows(InvalidInputException.class, () -> c.restyle(null, "📮"))));
        assertEquals("emoji", field(assertThrows(InvalidInputException.class, () -> c.restyle("#000000", " "))));
        assertEquals("emoji", field(assertThrows(InvalidInputException.class, () -> c.restyle("#000000", "\u0007"))));
        assertEquals("emoji", field(assertThrows(InvalidInputException.class,
            () -> c.restyle("#000000", "📮".repeat(Category.MAX_EMOJI_CODE_POINTS + 1)))));

        // A family emoji is several code points joined; it is still one emoji.
        c.restyle("#000000", "👨‍👩‍👧");
        assertEquals("👨‍👩‍👧", c.emoji());
    }

    @Test
    void parentMustBeACategoryOfTheSameBook() {
        Category mine = expense("Porto");
        Category foreign = Category.create(UUID.randomUUID(), UUID.randomUUID(), "Fremd", CategoryKind.EXPENSE, "EX-300",
            "#112233", null, CATALOGUE);
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> mine.moveUnder(foreign.id(), byId(mine, foreign)));
        assertEquals("parentId", field(e));
        assertNull(mine.parentId());
    }

    @Test
    void movingUnderACategoryWhoseAncestorsAreNotAllKnownStillSucceeds() {
        Category top = expense("Verwaltung");
        Category middle = expense("Büro");
        middle.moveUnder(top.id(), byId(top, middle));
        Category leaf = expense("Porto");

        // Only the direct parent is among the given categories; the walk up ends where the map ends.
        leaf.moveUnder(middle.id(), byId(middle, leaf));
        assertEquals(middle.id(), leaf.parentId());
    }

    @Test
    void corruptStoredHierarchyWithACycleFailsInsteadOfLoopingForever() {
        Category p = expense("P");
        Category q = expense("Q");
        Category r = expense("R");
        q.moveUnder(p.id(), byId(p, q, r));
        r.moveUnder(q.id(), byId(p, q, r));
        // The stored rows are inconsistent: p's id leads to r, whose parent is q, whose parent is p's id ...
        Map<UUID, Category> corrupt = new HashMap<>();
        corrupt.put(p.id(), r);
        corrupt.put(q.id(), q);
        Category x = expense("X");
        corrupt.put(x.id(), x);

        assertThrows(IllegalStateException.class, () -> x.moveUnder(q.id(), corrupt));
        assertNull(x.parentId());
    }

    @Test
    void archivedCategoryCanBeTakenBackIntoUse() {
        Category c = expense("Porto");
        c.archive();
        assertTrue(c.archived());
        c.unarchive();
        assertFalse(c.archived());
    }

    @Test
    void categoryWithSubCategoriesIsNotDeleted() {
        Category c = expense("Porto");
        ConflictException e = assertThrows(ConflictException.class, () -> c.requireDeletable(0, 2));
        assertEquals("category-in-use", e.type());
        assertDoesNotThrow(() -> c.requireDeletable(0, 0));
    }
}
