package de.cet.ledger.domain.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A catalogue version is only accepted when its codes are well-formed and unique. */
class CatalogueIntegrityTest {

    private static OfficialCategory expense(String code) {
        return new OfficialCategory(code, "Ausgabe " + code, "Expense " + code, CategoryKind.EXPENSE, Set.of());
    }

    @Test
    void aCatalogueListingOneCodeTwiceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new OfficialCatalogue("test", List.of(expense("EX-100"), expense("EX-200"), expense("EX-100"))));
        assertTrue(e.getMessage().contains("EX-100"));
    }

    @Test
    void codesMustHaveTheOfficialShape() {
        assertThrows(IllegalArgumentException.class, () -> expense("EX-1000"));
        assertThrows(IllegalArgumentException.class, () -> expense("ex-100"));
        assertThrows(IllegalArgumentException.class,
            () -> new OfficialCategory("IN-100", "Zuwendung", "Grant", CategoryKind.EXPENSE, Set.of()));
    }

    @Test
    void noCodeFindsNothing() {
        assertEquals(Optional.empty(), OfficialCatalogue.current().find(null));
    }

    @Test
    void flagsHaveLowerCaseWireNames() {
        assertEquals(List.of("review", "justify"),
            Arrays.stream(CategoryFlag.values()).map(CategoryFlag::wireName).toList());
    }
}
