package de.cet.shared.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.shared.error.CetException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.ProblemKind;
import de.cet.shared.error.StaleVersionException;
import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

    @Test
    void ifMatchWinsAndAStaleOneIsAPreconditionFailure() {
        ExpectedVersion v = ExpectedVersion.from("\"3\"", null);
        v.check(3);
        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> v.check(4));
        assertEquals(ProblemKind.PRECONDITION_FAILED, stale.kind());
    }

    @Test
    void weakEtagsAreAccepted() {
        assertEquals(7, ExpectedVersion.from("W/\"7\"", null).version());
    }

    @Test
    void aStaleBodyVersionIsAConflict() {
        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> ExpectedVersion.from(null, 2L).check(5));
        assertEquals(ProblemKind.CONFLICT, stale.kind());
    }

    @Test
    void noVersionAtAllIsRefused() {
        CetException e = assertThrows(CetException.class, () -> ExpectedVersion.from(null, null));
        assertEquals(ProblemKind.PRECONDITION_REQUIRED, e.kind());
    }

    @Test
    void garbageOrContradictingVersionsAreInvalidInput() {
        assertThrows(InvalidInputException.class, () -> ExpectedVersion.from("*", null));
        assertThrows(InvalidInputException.class, () -> ExpectedVersion.from("\"2\"", 3L));
    }
}
