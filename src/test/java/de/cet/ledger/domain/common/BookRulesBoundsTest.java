package de.cet.ledger.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.shared.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The pre-election window is a number of days between none and ten years. */
class BookRulesBoundsTest {

    private static BookRules withWindow(int days) {
        return new BookRules(false, false, null, true, null, days);
    }

    @Test
    void windowFromZeroToTenYearsIsAccepted() {
        assertEquals(0, withWindow(0).preElectionWindowDays());
        assertEquals(3660, withWindow(3660).preElectionWindowDays());
    }

    @Test
    void negativeOrLongerWindowIsRefused() {
        for (int days : new int[] {-1, 3661}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> withWindow(days));
            assertEquals("preElectionWindowDays", e.errors().get(0).field());
        }
    }
}
